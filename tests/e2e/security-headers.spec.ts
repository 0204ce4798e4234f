import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { signIn } from './pages';

const EVIL_ORIGIN = 'https://evil.example';

function nonceOf(policy: string | undefined): string {
  const nonce = /'nonce-([^']+)'/.exec(policy ?? '')?.[1];
  expect(nonce, `no nonce in ${policy}`).toBeTruthy();
  return nonce!;
}

function expectCommonHeaders(response: APIResponse | { headers(): Record<string, string> }) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
}

/** Console errors the browser prints when the policy blocks something. */
function collectCspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

test('every page gets a strict CSP with a fresh nonce that its scripts carry', async ({ page, request }) => {
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  const policy = first.headers()['content-security-policy'];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).not.toContain('unsafe-eval');
  expect(nonceOf(policy)).not.toBe(nonceOf(second.headers()['content-security-policy']));
  expectCommonHeaders(first);
  expect(first.headers()['cache-control']).toContain('no-store');

  const cspErrors = collectCspErrors(page);
  const response = await page.goto('/sign-in');
  const nonce = nonceOf(response!.headers()['content-security-policy']);
  // Browsers hide the nonce attribute once parsed; the property keeps it.
  const scriptNonces = await page.locator('script').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((value) => value === nonce)).toBe(true);
  expect(cspErrors).toEqual([]);
});

test('the redirect of an anonymous visitor and the health probe carry the headers too', async ({ request }) => {
  const redirect = await request.get('/', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()['location']).toContain('/sign-in');
  expect(redirect.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(redirect.headers()['cache-control']).toContain('no-store');
  expectCommonHeaders(redirect);

  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  expectCommonHeaders(health);
  expect(health.headers()['cache-control']).toContain('no-store');
});

test('cross-origin writes are refused before any action or route runs', async ({ request }) => {
  for (const path of ['/sign-in', '/api/auth/callback/credentials', '/']) {
    const response = await request.post(path, {
      headers: { Origin: EVIL_ORIGIN },
      form: { email: 'direction@passerelle.test', password: 'demo-passerelle-2019' },
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(403);
    expect(await response.json()).toEqual({ error: 'cross_origin_refused' });
    expectCommonHeaders(response);
  }
  const crossSite = await request.post('/api/auth/callback/credentials', { headers: { 'Sec-Fetch-Site': 'cross-site' }, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);
});

test('a signed-in manager still sees 114 with no CSP error, and personal pages are never cached', async ({ page }) => {
  const cspErrors = collectCspErrors(page);
  await signIn(page, 'direction@passerelle.test');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('persons-accompanied')).toHaveText('114');

  const home = await page.request.get('/');
  expect(home.status()).toBe(200);
  expect(home.headers()['cache-control']).toContain('no-store');
  expectCommonHeaders(home);

  const metrics = await page.request.get('/api/v1/metrics?from=2019-08-01&to=2020-03-31&region=08');
  expect(metrics.status()).toBe(200);
  expect((await metrics.json()).personsAccompanied).toBe(114);
  expect(metrics.headers()['cache-control']).toContain('no-store');
  expectCommonHeaders(metrics);

  // A client-side interaction (navigation to another period, the manager's region only) still works under the policy.
  await page.getByRole('link', { name: '2020-2021', exact: true }).click();
  await expect(page).toHaveURL(/from=2020-04-01&to=2021-03-31/);
  await expect(page.getByTestId('agreements-signed')).toHaveText('4');
  expect(cspErrors).toEqual([]);
});

test('the session cookie is HttpOnly and SameSite=Lax (Secure is added when served over HTTPS)', async ({ page, context }) => {
  await signIn(page, 'direction@passerelle.test');
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith('authjs.session-token'));
  expect(session, 'no session cookie after sign-in').toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
  // The test server runs on plain HTTP, where a Secure cookie would never be sent back.
  expect(session!.secure).toBe(false);
  // Idle timeout: the cookie itself lives no longer than 30 minutes from the last request.
  expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(30 * 60 * 1000 + 5_000);
});
