import { BackupError, pgliteDataDir, restoreDatabase } from '../backup';
import { databaseKind } from '../client';
import { runScript } from './run';

// npm run db:restore -- <file>: into an empty database or folder only (README, Operations).
await runScript('db:restore', async () => {
  const file = process.argv[2];
  if (!file) throw new BackupError('name the backup file: npm run db:restore -- <file>');
  await restoreDatabase(file);
  const target = databaseKind() === 'postgresql' ? 'the PostgreSQL database (app role granted again)' : `the embedded database in ${pgliteDataDir()}`;
  console.log(`db:restore: ${file} restored into ${target}`);
});
