import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

const ENV_FILE = '.env.local';

/**
 * A newcomer runs the app with no configuration: when AUTH_SECRET is not set, one is generated once
 * into .env.local (git-ignored), which Next loads. A real deployment sets AUTH_SECRET itself.
 */
export function ensureLocalAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  if (existsSync(ENV_FILE) && /^AUTH_SECRET=/m.test(readFileSync(ENV_FILE, 'utf8'))) return;
  appendFileSync(ENV_FILE, `AUTH_SECRET=${randomBytes(32).toString('base64url')}\n`);
  console.log(`prepare: generated a local AUTH_SECRET in ${ENV_FILE} (set AUTH_SECRET yourself in production).`);
}
