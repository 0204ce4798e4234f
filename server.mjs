// The app's HTTP server: Next.js's request handler behind a plain Node server, for one reason. Next.js
// keeps an X-Forwarded-For sent by the client as it is and only fills it in when absent, so from inside
// the app a forged header and the real caller look alike. This server puts the address of the TCP peer
// it actually accepted the connection from in a header of its own, overwriting whatever the client sent;
// lib/auth/client-address.ts reads it (and X-Forwarded-For only as far as TRUSTED_PROXY_COUNT allows).
//
// It is also where every request passes, so it gives each one its id (x-request-id, echoed in the response
// and carried into the app's log lines), writes one line when it is answered, and times it for the
// operators' metrics listener (METRICS_PORT; server/metrics.mjs).
//
//   node server.mjs [--dev] [--port 3000] [--hostname 0.0.0.0]      (npm start, npm run dev)
import { createServer } from 'node:http';
import { createRegistry, DEFAULT_METRICS_HOST, startMetricsServer } from './server/metrics.mjs';
import { REQUEST_ID_HEADER, requestIdFrom, runInRequestContext } from './server/request-context.mjs';
import { loadRouteMatcher, createRouteMatcher } from './server/route-patterns.mjs';

/** Same name as PEER_ADDRESS_HEADER in lib/auth/client-address.ts (this file cannot import TypeScript). */
const PEER_ADDRESS_HEADER = 'x-passerelle-peer-address';
/** Same name as PREFETCH_HEADER in proxy.ts: Next.js hides its router's prefetch header from the proxy. */
const PREFETCH_HEADER = 'x-passerelle-prefetch';

/** What this server vouches for about a request, overwriting anything the client sent under those names. */
function markRequest(request) {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
  request.headers[REQUEST_ID_HEADER] = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  if (request.headers['next-router-prefetch']) request.headers[PREFETCH_HEADER] = '1';
  else delete request.headers[PREFETCH_HEADER];
}

// Server actions' bodies: Next.js's default 1 MB, except on the import page, whose action takes the file
// (at most 20 MB, lib/imports/limits.ts; next.config.js raises Next.js's own limit to that). Refused here,
// from the declared length, before any of the body is read; an action POST must declare its length (browsers
// always do), so that the limit cannot be walked around with a chunked body.
const ACTION_BODY_LIMIT = 1024 * 1024;
const IMPORT_ACTION_BODY_LIMIT = 21 * 1024 * 1024;

/** True when it has answered: a server action whose body is too large, or of undeclared length. */
function refuseActionBody(request, response) {
  if (request.method !== 'POST' || !request.headers['next-action']) return false;
  const path = (request.url ?? '/').split('?')[0];
  const limit = path === '/imports' ? IMPORT_ACTION_BODY_LIMIT : ACTION_BODY_LIMIT;
  const declared = request.headers['content-length'];
  const status = declared === undefined ? 411 : Number(declared) > limit ? 413 : 0;
  if (!status) return false;
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  response.end(status === 411 ? 'A server action must declare its Content-Length.\n' : `The request body is over ${limit / 1024 / 1024} MB.\n`);
  return true;
}

const args = process.argv.slice(2);
const option = (...names) => {
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : undefined;
};
const dev = args.includes('--dev');
const port = Number(option('--port', '-p') ?? process.env.PORT ?? 3000);
const hostname = option('--hostname', '-H');
// As `next dev` / `next start` do; set before Next.js is loaded, which reads it once.
process.env.NODE_ENV = dev ? 'development' : 'production';
const { default: next } = await import('next');

const app = next({ dev, turbopack: dev, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

// The build's routes; the dev server compiles on demand and has no complete list (its lines say "unmatched").
const routePattern = dev ? createRouteMatcher(null) : loadRouteMatcher();
const metrics = createRegistry();

/** Once the response is sent or the client has gone: the log line (same shape as lib/log.ts) and the metric. */
function recordWhenDone(request, response, requestId) {
  const started = process.hrtime.bigint();
  metrics.requestStarted();
  response.once('close', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routePattern(request.url);
    // An answer cut off before its end (the client left) is not the status it started with.
    const status = response.writableFinished ? response.statusCode : 499;
    metrics.requestFinished({ method: request.method, route, status, seconds });
    const line = { time: new Date().toISOString(), level: 'info', event: 'http.request', requestId, method: request.method, route, status, durationMs: Math.round(seconds * 1000) };
    console.log(JSON.stringify(line));
  });
}

const server = createServer((request, response) => {
  markRequest(request);
  const requestId = request.headers[REQUEST_ID_HEADER];
  response.setHeader('X-Request-Id', requestId);
  recordWhenDone(request, response, requestId);
  runInRequestContext({ requestId }, () => {
    if (refuseActionBody(request, response)) return;
    handle(request, response);
  });
});
// WebSocket upgrades (the dev server's hot reload) go to Next.js as well.
server.on('upgrade', (request, socket, head) => {
  markRequest(request);
  app.getUpgradeHandler()(request, socket, head);
});
server.listen(port, hostname, () => {
  console.log(`✓ Ready on http://${hostname ?? "localhost"}:${port} (Passerelle, ${dev ? "development" : "production"})`);
});

// Off unless asked for: the operators choose the port (and the interface, loopback by default).
const metricsPort = process.env.METRICS_PORT ? Number(process.env.METRICS_PORT) : null;
if (metricsPort !== null && !(Number.isInteger(metricsPort) && metricsPort > 0 && metricsPort < 65536 && metricsPort !== port)) {
  throw new Error(`METRICS_PORT must be a TCP port other than the app's (${port}), not "${process.env.METRICS_PORT}"`);
}
const metricsServer = metricsPort ? await startMetricsServer(metrics, { port: metricsPort, host: process.env.METRICS_HOST || DEFAULT_METRICS_HOST }) : null;
if (metricsServer) console.log(`✓ Metrics on http://${process.env.METRICS_HOST || DEFAULT_METRICS_HOST}:${process.env.METRICS_PORT}/metrics`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    metricsServer?.close();
    app.close().finally(() => process.exit(0));
  });
}
