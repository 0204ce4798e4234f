import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './pages';
import { APP_SERVERS } from './servers';

// Application logs must never carry personal data or secrets. After all the journeys ran, this test
// pushes known values through the server (a person's name and birth date, passwords good and bad), then
// reads everything every server printed during the run and looks for them.
const WRONG_PASSWORD = 'canary-wrong-password-7f3a';
const PASSWORDS_USED_IN_JOURNEYS = [DEMO_PASSWORD, 'temporaire-amos-2026', 'ma phrase secrète du lac Osisko', 'not-the-right-password'];

test('the server log of the whole e2e run holds no personal data and no password', async ({ page }) => {
  await signIn(page, 'agent.valdor@passerelle.test', WRONG_PASSWORD);
  await signIn(page, 'agent.valdor@passerelle.test');
  const list = await page.request.get('/api/v1/persons?page=1');
  expect(list.status()).toBe(200);
  const { rows } = (await list.json()) as { rows: { id: string; lastName: string }[] };
  const detail = await page.request.get(`/api/v1/persons/${rows[0]!.id}`);
  const person = (await detail.json()) as { firstName: string; lastName: string; birthDate: string; email: string | null };
  // A search by name and a malformed request: both put the name in a URL the server sees.
  await page.request.get(`/api/v1/persons?q=${encodeURIComponent(person.lastName)}`);
  await page.request.get(`/api/v1/persons?page=zero&q=${encodeURIComponent(person.lastName)}`);

  for (const server of APP_SERVERS) {
    await expect.poll(() => readFileSync(server.log, 'utf8'), { timeout: 5_000 }).toContain('Ready');
  }
  const log = APP_SERVERS.map((server) => readFileSync(server.log, 'utf8')).join('\n');
  const canaries = [person.lastName, `${person.firstName} ${person.lastName}`, person.birthDate, WRONG_PASSWORD, ...PASSWORDS_USED_IN_JOURNEYS];
  if (person.email) canaries.push(person.email);
  for (const canary of canaries) {
    expect(log.includes(canary), `the server log contains "${canary}"`).toBe(false);
  }
});
