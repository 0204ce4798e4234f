import { expect, test, type Browser, type BrowserContext, type Cookie, type Page } from '@playwright/test';
import { signIn } from './pages';

// Every way to sign out must end the session on the server, not only delete the cookie: the cookie saved
// just before signing out, replayed afterwards in a fresh browser, must open neither pages nor the API.
// (That each way is audited once is checked in tests/integration/sign-out.test.ts, which reads the database.)

const isSessionCookie = (cookie: Cookie) => cookie.name.endsWith('authjs.session-token');

async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page; saved: Cookie[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: /^(Mes dossiers|Tableau de bord)$/ })).toBeVisible();
  const saved = await context.cookies();
  expect(saved.filter(isSessionCookie), 'no session cookie after sign-in').toHaveLength(1);
  return { context, page, saved };
}

/** Replays the saved cookies in a fresh browser: the home page and the persons API, as that session. */
async function replay(browser: Browser, saved: Cookie[]) {
  const context = await browser.newContext();
  await context.addCookies(saved);
  const page = await context.newPage();
  await page.goto('/');
  const home = new URL(page.url()).pathname;
  const api = (await context.request.get('/api/v1/persons')).status();
  await context.close();
  return { home, api };
}

async function expectEnded(browser: Browser, signedOut: BrowserContext, saved: Cookie[]) {
  expect((await signedOut.cookies()).filter(isSessionCookie), 'the signed-out browser still holds a session cookie').toEqual([]);
  expect(await replay(browser, saved)).toEqual({ home: '/sign-in', api: 401 });
}

test('the saved cookie of a live session opens pages and the API (the control of the tests below)', async ({ browser }) => {
  const { context, saved } = await signedIn(browser, 'agent.valdor@passerelle.test');
  expect(await replay(browser, saved)).toEqual({ home: '/', api: 200 });
  await context.close();
});

test("next-auth's POST /api/auth/signout, with the CSRF token of GET /api/auth/csrf, ends the session", async ({ browser, baseURL }) => {
  const { context, page, saved } = await signedIn(browser, 'agent.valdor@passerelle.test');
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/signout', { headers: { Origin: baseURL! }, form: { csrfToken }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  await expectEnded(browser, context, saved);
  await context.close();
});

test('the sign-out form that GET /api/auth/signout serves works under the CSP and ends the session', async ({ browser }) => {
  const { context, page, saved } = await signedIn(browser, 'direction@passerelle.test');
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  const form = await page.goto('/api/auth/signout');
  expect(form?.status()).toBe(200);
  expect(form?.headers()['content-security-policy']).toContain("form-action 'self'");
  // next-auth's own page, with its inline stylesheet (style-src allows inline styles).
  await expect(page.getByRole('heading', { name: 'Signout' })).toBeVisible();
  const button = page.getByRole('button', { name: 'Sign out' });
  expect(await button.evaluate((element) => getComputedStyle(element).display)).toBe('flex');
  // Showing the form ends nothing.
  expect(await replay(browser, saved)).toEqual({ home: '/', api: 200 });

  await button.click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(cspErrors).toEqual([]);
  await expectEnded(browser, context, saved);
  await context.close();
});

test("the app's sign-out button ends the session", async ({ browser }) => {
  const { context, page, saved } = await signedIn(browser, 'agent.valdor@passerelle.test');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectEnded(browser, context, saved);
  await context.close();
});

test('a prefetch neither extends the session nor sets its cookie again (one in flight at sign-out would revive it)', async ({ browser }) => {
  const { context, page } = await signedIn(browser, 'agent.valdor@passerelle.test');
  const sessionCookies = (headers: { name: string; value: string }[]) => headers.filter((header) => header.name.toLowerCase() === 'set-cookie' && /authjs\.session-token/.test(header.value));
  const visit = await page.request.get('/account');
  expect(sessionCookies(visit.headersArray())).toHaveLength(1);
  const prefetch = await page.request.get('/account', { headers: { 'Next-Router-Prefetch': '1', RSC: '1' } });
  expect(prefetch.status()).toBe(200);
  expect(sessionCookies(prefetch.headersArray())).toEqual([]);
  await context.close();
});
