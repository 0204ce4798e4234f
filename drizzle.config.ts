import { defineConfig } from 'drizzle-kit';

// drizzle-kit is used to *generate* migrations from db/schema; applying them goes through
// `npm run db:migrate`, which takes the PGlite lock and works for both databases.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  // Like the db: scripts, as the tables' owner.
  ...(process.env.DATABASE_URL
    ? { dbCredentials: { url: process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL } }
    : { driver: 'pglite', dbCredentials: { url: process.env.PGLITE_DATA_DIR ?? '.data/pglite' } }),
});
