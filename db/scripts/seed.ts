import { databaseKind, getDb } from '../client';
import { runMigrations } from '../migrator';
import { seedDemoData } from '../seed/demo';
import { runScript } from './run';

await runScript('db:seed', async () => {
  const db = getDb();
  await runMigrations(db);
  await seedDemoData(db);
  console.log(`db:seed: reference and demo data present (${databaseKind()})`);
});
