import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { appServerFor } from './servers';

// Operations, on the production server as started for the journeys (METRICS_PORT set by playwright.config.ts):
// the probes, the request id from the proxy to the log, and metrics that only the operators' side reaches.
// No browser page: HTTP only.

/** An address of this machine that is not loopback: what another host on the network would connect to. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
}

/** 'open' when something accepts a TCP connection there, otherwise the error's code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('open');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

test('probes answer, the proxy request id reaches the log, metrics stay on the operators side', async ({ request, baseURL }) => {
  const server = appServerFor(baseURL);

  const live = await request.get('/api/health/live');
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: 'live' });
  expect(live.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

  const requestId = `e2e-ops-${Date.now()}`;
  const ready = await request.get('/api/health/ready', { headers: { 'X-Request-Id': requestId } });
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
  expect(ready.headers()['x-request-id']).toBe(requestId);
  // A malformed id is replaced, not echoed.
  const forged = await request.get('/api/health/live', { headers: { 'X-Request-Id': 'bad id "quoted"' } });
  expect(forged.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

  // The request line names the route pattern, never the query string (which can carry a typed name).
  const searchId = `e2e-search-${Date.now()}`;
  await request.get('/persons?q=Zorglub-Canary', { headers: { 'X-Request-Id': searchId }, maxRedirects: 0 });
  await expect.poll(() => readFileSync(server.log, 'utf8'), { timeout: 5_000 }).toContain(searchId);
  const lines = readFileSync(server.log, 'utf8').split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
  expect(lines.find((line) => line.requestId === requestId)).toMatchObject({ event: 'http.request', method: 'GET', route: '/api/health/ready', status: 200 });
  expect(lines.find((line) => line.requestId === searchId)).toMatchObject({ event: 'http.request', route: '/persons', status: 307 });
  expect(readFileSync(server.log, 'utf8')).not.toContain('Zorglub-Canary');

  // The operators' listener, from this machine's loopback: the exposition, with the requests above in it.
  const metrics = await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`);
  expect(metrics.status).toBe(200);
  expect(metrics.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  const text = await metrics.text();
  expect(text).toContain('# TYPE passerelle_http_request_duration_seconds histogram');
  expect(text).toMatch(/passerelle_http_request_duration_seconds_count\{method="GET",route="\/api\/health\/ready",status_class="2xx"\} [1-9]/);
  expect(text).toMatch(/passerelle_db_queries_total\{outcome="ok"\} [1-9]/);
  expect(text).not.toContain('Zorglub');

  // Not from another host: the listener is bound to loopback, so this machine's network address refuses it.
  const external = externalAddress();
  test.info().annotations.push({ type: 'network address', description: external ?? 'none: loopback only' });
  if (external) expect(await tryConnect(external, server.metricsPort)).toBe('ECONNREFUSED');
  // And not through the public app port, whatever the client claims to be: /metrics there is the managers'
  // figures page, behind the sign-in.
  const viaApp = await request.get('/metrics', { headers: { 'X-Forwarded-For': '127.0.0.1' }, maxRedirects: 0 });
  expect(viaApp.status()).toBe(307);
  expect(await viaApp.text()).not.toContain('# TYPE');
});
