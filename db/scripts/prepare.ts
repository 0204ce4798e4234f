import { count } from 'drizzle-orm';
import { databaseKind, getDb } from '../client';
import { runMigrations } from '../migrator';
import { users } from '../schema';
import { seedDemoData } from '../seed/demo';
import { postgresTimeouts } from '../timeouts';
import { ensureLocalAuthSecret } from './local-secret';
import { runScript } from './run';

// Runs before `npm run dev` / `npm start`. The embedded database is created, migrated and (when empty)
// given the demo data here, in its own process, so the server only ever opens a ready folder.
// With DATABASE_URL, the server's database is managed with db:migrate and db:bootstrap instead.
await runScript('prepare', async () => {
  ensureLocalAuthSecret();
  if (databaseKind() === 'postgresql') {
    // A mistyped timeout stops `npm start` here, naming the variable, rather than failing every request.
    postgresTimeouts();
    console.log('prepare: DATABASE_URL is set; run `npm run db:migrate` when you deploy a new version.');
    return;
  }
  const db = getDb();
  await runMigrations(db);
  const [staff] = await db.select({ value: count() }).from(users);
  if (staff?.value === 0) {
    console.log('prepare: empty embedded database, adding the demo data (about a minute the first time)...');
    await seedDemoData(db);
  }
  console.log(`prepare: embedded database ready in ${process.env.PGLITE_DATA_DIR ?? '.data/pglite'}`);
});
