import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { acquireDataDirLock, DatabaseLockedError, lockFileFor } from '@/db/pglite-lock';

const dir = () => path.join(mkdtempSync(path.join(tmpdir(), 'passerelle-lock-')), 'pglite');
const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill()));

it('refuses a second process with a message naming the folder and the owner', async () => {
  const dataDir = dir();
  // Another live process holds the lock.
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  children.push(child);
  writeFileSync(lockFileFor(dataDir), String(child.pid));
  expect(() => acquireDataDirLock(dataDir)).toThrow(DatabaseLockedError);
  expect(() => acquireDataDirLock(dataDir)).toThrow(new RegExp(`${dataDir}.*process ${child.pid}`));
});

it('takes over a stale lock whose process is gone, and releases it', async () => {
  const dataDir = dir();
  writeFileSync(lockFileFor(dataDir), '999999999');
  const release = acquireDataDirLock(dataDir);
  expect(existsSync(lockFileFor(dataDir))).toBe(true);
  release();
  expect(existsSync(lockFileFor(dataDir))).toBe(false);
});
