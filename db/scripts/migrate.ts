import { databaseKind, getDb } from '../client';
import { runMigrations } from '../migrator';
import { runScript } from './run';

await runScript('db:migrate', async () => {
  await runMigrations(getDb());
  console.log(`db:migrate: migrations applied (${databaseKind()})`);
});
