import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as live } from '@/app/api/health/live/route';
import { GET as ready } from '@/app/api/health/ready/route';
import { GET as listPersons } from '@/app/api/v1/persons/route';
import { registerPersonAction } from '@/app/(app)/persons/actions';
import { signInWithPassword } from '@/app/(auth)/sign-in/actions';
import AppLayout from '@/app/(app)/layout';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/db/availability';
import { closeDb } from '@/db/client';
import { resume } from '../helpers/session';

// A PostgreSQL server that does not answer: nothing listens on port 1 (refused at once), or a server that
// accepts the connection and never says a word (only the connect timeout ends the wait). Every endpoint
// must say so quickly and cleanly: 503 with a message, an action's 'unavailable' result, no hang, no 500.
const previous = { url: process.env.DATABASE_URL, connect: process.env.DATABASE_CONNECT_TIMEOUT_S };
const REFUSING = 'postgres://postgres@127.0.0.1:1/passerelle';

let silent: Server;
const sockets: Socket[] = [];
async function silentServerUrl(): Promise<string> {
  silent ??= createServer((socket) => void sockets.push(socket));
  if (!silent.listening) await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address() as { port: number };
  return `postgres://postgres@127.0.0.1:${address.port}/passerelle`;
}

beforeEach(async () => {
  await closeDb();
  process.env.DATABASE_URL = REFUSING;
  // A session whose check needs the database (tests/helpers/setup.ts mocks where the claims come from).
  resume({ id: randomUUID(), sessionVersion: 1 });
});
afterAll(async () => {
  await closeDb();
  for (const socket of sockets) socket.destroy();
  silent?.close();
  for (const [name, value] of [['DATABASE_URL', previous.url], ['DATABASE_CONNECT_TIMEOUT_S', previous.connect]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

it('the health check answers 503 when the database does not answer', async () => {
  const response = await health();
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable', database: 'postgresql' });
});

it('the liveness probe stays 200: the process is fine, restarting it would not help', async () => {
  expect(live().status).toBe(200);
});

it('the readiness probe answers 503 with the reason', async () => {
  const response = await ready();
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'not_ready', reason: 'database_unreachable' });
});

it('the JSON API answers 503 with a message and Retry-After, not a 500', async () => {
  const response = await listPersons(new Request('http://localhost/api/v1/persons'));
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('5');
  expect(await response.json()).toEqual({ error: 'database_unavailable', message: 'The database is unavailable. Try again in a moment.' });
});

it('a server action returns the unavailable result its form shows', async () => {
  expect(await registerPersonAction(new FormData())).toEqual({ ok: false, error: 'unavailable' });
});

it('a signed-in page fails with the digest its error page recognises (app/error.tsx), and no detail', async () => {
  // The shell's session check is the first read of every signed-in page.
  const failure = await AppLayout({ children: null }).then(() => null, (error: unknown) => error as Error & { digest?: string });
  expect(failure?.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
  // All that the server's log gets: a code, never the query's parameters.
  expect(failure?.message).toMatch(/^database error [A-Z0-9_]+$/);
});

it('the sign-in form says the service is unavailable, not that the password is wrong', async () => {
  const form = new FormData();
  form.set('email', 'agent.valdor@passerelle.test');
  form.set('password', 'demo-passerelle-2019');
  expect(await signInWithPassword({ email: '' }, form)).toEqual({ email: 'agent.valdor@passerelle.test', error: 'unavailable' });
});

describe('a server that accepts connections and never answers', () => {
  it('is given up on after the connect timeout: 503 within seconds, no hang', async () => {
    process.env.DATABASE_URL = await silentServerUrl();
    process.env.DATABASE_CONNECT_TIMEOUT_S = '1';
    const started = Date.now();
    const [api, probe] = await Promise.all([listPersons(new Request('http://localhost/api/v1/persons')), ready()]);
    expect(api.status).toBe(503);
    expect(probe.status).toBe(503);
    expect(['database_unreachable', 'database_timeout']).toContain((await probe.json()).reason);
    expect(Date.now() - started).toBeLessThan(3_500);
  });
});
