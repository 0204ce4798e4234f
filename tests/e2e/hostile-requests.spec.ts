import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { appServerFor } from './servers';

// Requests no browser of ours sends, against the production build: each must get a clear 4xx, never a 500.

test('a server-action body that cannot be decoded answers 400, a well-formed one goes through', async ({ request, baseURL }) => {
  const page = await (await request.get('/sign-in')).text();
  // The language switch is a plain form: its action id is in the page.
  const actionId = /\$ACTION_ID_([0-9a-f]+)/.exec(page)?.[1];
  expect(actionId).toBeTruthy();
  const post = (data: string, contentType: string) =>
    request.post('/sign-in', { data, headers: { 'Next-Action': actionId!, 'Content-Type': contentType, Origin: baseURL! }, maxRedirects: 0 });
  for (const body of ['', 'not json', '[', '{"0":']) expect((await post(body, 'text/plain;charset=UTF-8')).status(), body).toBe(400);
  expect((await post('garbage', 'multipart/form-data; boundary=xyz')).status()).toBe(400);
  expect((await post('[]', 'text/plain;charset=UTF-8')).status()).toBeLessThan(500);
});

/** The status of a server-action POST sent by hand: the declared headers, then `body` (if any), unfinished. */
function rawActionPost(port: number, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers: { 'Next-Action': 'f'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8', ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, text });
        sent.destroy();
      });
    });
    sent.on('error', reject);
    // The body is never finished: the answer must come from the headers alone.
    sent.write(body);
  });
}

test('a server-action body declared over 1 MB is refused with 413 before it is read, except on the import page (21 MB)', async ({ request, baseURL }) => {
  const { port } = appServerFor(baseURL);
  const over = (path: string, bytes: number) => rawActionPost(port, path, { 'Content-Length': String(bytes) }, 'x');
  const refused = await over('/sign-in', 1024 * 1024 + 1);
  expect(refused.status).toBe(413);
  expect(refused.text).toContain('1 MB');
  expect((await over('/persons/new', 5 * 1024 * 1024)).status).toBe(413);
  expect((await over('/imports', 21 * 1024 * 1024 + 1)).status).toBe(413);
  // At the limit, the body reaches Next.js, which answers for the unknown action id by itself.
  const atLimit = (path: string, bytes: number) =>
    request.post(path, { data: 'x'.repeat(bytes), headers: { 'Next-Action': 'f'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8', Origin: baseURL! }, maxRedirects: 0 });
  for (const [path, bytes] of [['/sign-in', 1024 * 1024], ['/imports', 5 * 1024 * 1024]] as const) {
    const status = (await atLimit(path, bytes)).status();
    expect(status, path).not.toBe(413);
    expect(status, path).toBeLessThan(500);
  }
});

test('a server-action body of undeclared length (chunked) is refused with 411', async ({ baseURL }) => {
  const { port } = appServerFor(baseURL);
  const answer = await rawActionPost(port, '/sign-in', { 'Transfer-Encoding': 'chunked' }, 'x'.repeat(1024));
  expect(answer.status).toBe(411);
});

test('repeated or array-shaped query parameters are refused by name', async ({ page }) => {
  const { signIn } = await import('./pages');
  await signIn(page, 'direction@passerelle.test');
  for (const [query, parameter] of [['region=08&region=07', 'region'], ['region[]=08', 'region[]'], ['from=0000-01-01', 'from']]) {
    const response = await page.request.get(`/api/v1/metrics?${query}`);
    expect(response.status(), query).toBe(400);
    expect(await response.json()).toMatchObject({ parameter });
  }
  // The dashboard says the filter is wrong rather than silently showing another period or region.
  await page.goto('/?region=08&region=07');
  await expect(page.getByRole('status')).toContainText('invalide');
});

test('the sign-in redirect names the public address and keeps only a path to come back to', async ({ request, baseURL }) => {
  // The server listens on 127.0.0.1; its public address (AUTH_URL) is baseURL. Whatever Host the request
  // carries, the way to the sign-in page is relative to, or on, the public address.
  for (const host of [undefined, 'passerelle.intranet.example']) {
    const response = await request.get('/admin/staff?x=1', { maxRedirects: 0, headers: host ? { Host: host } : {} });
    expect(response.status()).toBe(307);
    const location = new URL(response.headers().location!, baseURL);
    expect(location.origin).toBe(new URL(baseURL!).origin);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('callbackUrl')).toBe('/admin/staff?x=1');
  }
});
