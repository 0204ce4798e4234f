// PostgreSQL mode of the browser tests (tests/run-all.sh): after the seed, gives every app server but the
// first its own copy of the seeded database (tests/e2e/servers.ts), or drops those copies (`--drop`).
//   DATABASE_OWNER_URL=<seeded database, as a user that may create databases> tsx tests/e2e/copy-databases.ts [--drop]
import postgres from 'postgres';
import { copyDatabaseName, SERVER_COUNT } from './servers';

const ownerUrl = process.env.DATABASE_OWNER_URL;
if (!ownerUrl) throw new Error('copy-databases: set DATABASE_OWNER_URL to the seeded database');
const source = new URL(ownerUrl).pathname.slice(1);
const drop = process.argv.includes('--drop');

// Connected to the seeded database's server, but to its maintenance database: a template must have no
// other connection while it is copied.
const maintenance = new URL(ownerUrl);
maintenance.pathname = '/postgres';
const sql = postgres(maintenance.href, { max: 1, onnotice: () => {} });
try {
  for (let index = 1; index < SERVER_COUNT; index++) {
    const copy = copyDatabaseName(source, index);
    await sql.unsafe(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
    if (!drop) await sql.unsafe(`CREATE DATABASE "${copy}" TEMPLATE "${source}"`);
    console.log(`copy-databases: ${drop ? 'dropped' : 'created'} ${copy}`);
  }
} finally {
  await sql.end();
}
