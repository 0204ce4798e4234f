import { databaseKind, getOwnerDb } from '../client';
import { runMigrations } from '../migrator';
import { runScript, warnIfAppIsOwner } from './run';

await runScript('db:migrate', async () => {
  await runMigrations(getOwnerDb());
  console.log(`db:migrate: migrations applied (${databaseKind()})`);
  warnIfAppIsOwner('db:migrate');
});
