import { databaseKind, getOwnerDb } from '../client';
import { runMigrations } from '../migrator';
import { seedDemoData } from '../seed/demo';
import { runScript } from './run';

await runScript('db:seed', async () => {
  const db = getOwnerDb();
  await runMigrations(db);
  await seedDemoData(db);
  console.log(`db:seed: reference and demo data present (${databaseKind()})`);
});
