import { backupDatabase, BackupError, pgliteDataDir } from '../backup';
import { databaseKind } from '../client';
import { runScript } from './run';

// npm run db:backup -- <file>: README, Operations (backup and restore).
await runScript('db:backup', async () => {
  const file = process.argv[2];
  if (!file) throw new BackupError('name the backup file: npm run db:backup -- <file>');
  await backupDatabase(file);
  const source = databaseKind() === 'postgresql' ? 'the PostgreSQL database' : `the embedded database in ${pgliteDataDir()}`;
  console.log(`db:backup: ${source} written to ${file}`);
});
