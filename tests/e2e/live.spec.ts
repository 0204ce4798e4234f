import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { screenPath, signIn } from './pages';
import { appServerFor } from './servers';

// Live figures: a write by someone else shows on an open page within 5 seconds, without a reload: through
// the same server (another browser context), and through another server of the same PostgreSQL database.

// The current fiscal year: journeys write there, never in the report's period that other tests count.
const PERIOD = '?from=2026-04-01&to=2027-03-31&region=08';
const LIVE_DEADLINE = 5_000;

async function registerPerson(page: Page, person: { first: string; last: string; birth: string }) {
  await page.goto('/persons/new');
  await page.getByLabel('Prénom').fill(person.first);
  await page.getByLabel('Nom de famille').fill(person.last);
  await page.getByLabel('Date de naissance').fill(person.birth);
  await page.getByLabel('Pays de naissance').selectOption('SN');
  await page.getByLabel('Catégorie d’immigration').selectOption('permanent_resident_economic');
  await page.getByLabel('Date du consentement à la collecte').fill('2026-11-03');
  await page.getByRole('checkbox', { name: 'Emploi' }).check();
  await page.getByLabel('Date d’ouverture de l’accompagnement').fill('2026-11-03');
  await page.getByRole('button', { name: 'Inscrire la personne' }).click();
  await expect(page).toHaveURL(/\/persons\/[0-9a-f-]{36}\?notice=registered$/);
}

async function recordIntervention(page: Page) {
  await page.getByText('Consigner une intervention').click();
  const form = page.locator('details', { hasText: 'Consigner une intervention' });
  await form.getByLabel('Type').selectOption('follow_up');
  await form.getByRole('button', { name: 'Ajouter l’intervention' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Rencontre de suivi');
}

/** The manager's home, open on the current fiscal year, live, marked so that a reload would show. */
async function openManagerHome(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'fr-CA' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await signIn(page, 'direction@passerelle.test');
  await page.goto(`/${PERIOD}`);
  await expect(page.getByTestId('live-refresh')).toHaveAttribute('data-live-state', 'live');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const persons = async () => Number((await page.getByTestId('persons-accompanied').innerText()).replace(/\D/g, ''));
  return { context, page, persons, errors, stillSamePage: () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true) };
}

test('an agent’s writes in another browser context update the manager’s open home page within 5 s, without a reload', async ({ browser, baseURL }) => {
  const manager = await openManagerHome(browser, baseURL!);
  const before = await manager.persons();
  await manager.page.screenshot({ path: screenPath('live-home.png'), fullPage: true });

  const agentContext = await browser.newContext({ baseURL: baseURL!, locale: 'fr-CA' });
  const agent = await agentContext.newPage();
  await signIn(agent, 'agent.lasarre@passerelle.test');
  await registerPerson(agent, { first: 'Aminata', last: 'Live-Diallo', birth: '1991-07-08' });
  await expect(async () => expect(await manager.persons()).toBe(before + 1)).toPass({ timeout: LIVE_DEADLINE });

  // An intervention changes no headline figure on this home page, but it is a counted record: the page
  // reloads its server components (an RSC request) within the deadline, again without a reload.
  const refreshed = manager.page.waitForRequest((request) => request.headers()['rsc'] === '1' && new URL(request.url()).pathname === '/', { timeout: LIVE_DEADLINE });
  await recordIntervention(agent);
  await refreshed;
  expect(await manager.stillSamePage()).toBe(true);
  expect(manager.errors).toEqual([]);
  await agentContext.close();
  await manager.context.close();
});

test.describe('two servers on one PostgreSQL database', () => {
  // Two app servers need a shared database: the embedded one belongs to one process (README, PGLITE_DATA_DIR).
  test.skip(!process.env.DATABASE_URL, 'needs DATABASE_URL (npm test on PostgreSQL runs it)');
  let second: ChildProcess;
  let secondURL: string;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(120_000);
    // A second production server of the same build and database as this test's server, as a load balancer
    // would run it, on a port past those of the suite's own servers.
    const first = appServerFor(baseURL);
    const secondPort = first.port + 50;
    secondURL = `http://localhost:${secondPort}`;
    second = spawn(process.execPath, ['server.mjs', '--port', String(secondPort), '--hostname', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: first.databaseUrl, AUTH_URL: secondURL, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 90_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${secondPort}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('the second server did not start');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });

  test.afterAll(() => {
    second?.kill('SIGTERM');
  });

  test('a write through one server updates the page open on the other within 5 s', async ({ browser, baseURL }) => {
    const manager = await openManagerHome(browser, secondURL);
    const before = await manager.persons();
    const agentContext = await browser.newContext({ baseURL: baseURL!, locale: 'fr-CA' });
    const agent = await agentContext.newPage();
    await signIn(agent, 'agent.villemarie@passerelle.test');
    await registerPerson(agent, { first: 'Oksana', last: 'Deux-Serveurs', birth: '1988-02-09' });
    await expect(async () => expect(await manager.persons()).toBe(before + 1)).toPass({ timeout: LIVE_DEADLINE });
    expect(await manager.stillSamePage()).toBe(true);
    expect(manager.errors).toEqual([]);
    await agentContext.close();
    await manager.context.close();
  });
});
