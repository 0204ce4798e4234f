// The request being handled, for every log line written while handling it (lib/log.ts reads it). server.mjs
// runs each request inside `runInRequestContext`; Node's AsyncLocalStorage carries it through Next.js's
// awaits into route handlers, server actions and server components. Kept on globalThis under a registered
// symbol: server.mjs loads this file from disk, the app's bundle has its own module copies, and both must
// reach the one storage.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const STORAGE = Symbol.for('passerelle.requestContext');

export const REQUEST_ID_HEADER = 'x-request-id';

// What an incoming id may be: what proxies and load balancers generate (UUIDs, hex, base64url-ish tokens,
// "Root=1-…" of AWS); bounded, and without spaces, quotes or anything that could break a log line or a header.
const WELL_FORMED_ID = /^[A-Za-z0-9][A-Za-z0-9._:=+/-]{7,127}$/;

/** The request's id: the proxy's `x-request-id` when well-formed, otherwise a new UUID. */
export function requestIdFrom(incoming) {
  return typeof incoming === 'string' && WELL_FORMED_ID.test(incoming) ? incoming : randomUUID();
}

function storage() {
  return (globalThis[STORAGE] ??= new AsyncLocalStorage());
}

export function runInRequestContext(context, callback) {
  return storage().run(context, callback);
}

export function currentRequestContext() {
  return storage().getStore();
}
