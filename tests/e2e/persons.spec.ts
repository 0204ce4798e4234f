import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signInAs } from './pages';

// The integration agent's day: register a person (warned of a possible duplicate), log an intervention,
// refer to a partner, see the report's figure go up; another service point's agent cannot open the file.

// The current fiscal year: the journeys add persons there, never in the report's period that other tests count.
const PERIOD = '?from=2026-04-01&to=2027-03-31&region=08';

async function personsCount(page: Page): Promise<number> {
  const response = await page.request.get(`/api/v1/metrics${PERIOD}`);
  return ((await response.json()) as { personsAccompanied: number }).personsAccompanied;
}

async function fillIntake(page: Page, person: { first: string; last: string; birth: string }) {
  await page.getByLabel('Prénom').fill(person.first);
  await page.getByLabel('Nom de famille').fill(person.last);
  await page.getByLabel('Date de naissance').fill(person.birth);
  await page.getByLabel('Pays de naissance').selectOption('CO');
  await page.getByLabel('Catégorie d’immigration').selectOption('permanent_resident_economic');
  await page.getByLabel('Téléphone (facultatif)').fill('819 555-0177');
  await page.getByLabel('Date du consentement à la collecte').fill('2026-11-02');
  await page.getByLabel(/consent à ce que ses renseignements/).check();
  await page.getByLabel('Date de ce consentement').fill('2026-11-02');
  await page.getByRole('checkbox', { name: 'Emploi' }).check();
  await page.getByLabel('Date d’ouverture de l’accompagnement').fill('2026-11-02');
}

test('an agent registers a person, is warned of a duplicate, logs an intervention and a referral, and the figure goes up', async ({ page, browser }) => {
  await signInAs(page, 'agent.valdor@passerelle.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await expect(page.getByText(/Point de service/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('agent-home.png'), fullPage: true });
  const before = await personsCount(page);

  await page.goto('/persons/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Inscrire une personne' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await fillIntake(page, { first: 'Valentina', last: 'Ospina-Gómez', birth: '1990-03-14' });
  await page.getByRole('button', { name: 'Inscrire la personne' }).click();
  await expect(page).toHaveURL(/\/persons\/[0-9a-f-]{36}\?notice=registered$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Valentina Ospina-Gómez' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Personne inscrite');
  const fileUrl = page.url().replace(/\?.*$/, '');
  expect(await personsCount(page)).toBe(before + 1);

  // The list finds her with accents, case and hyphens set aside, words in any order.
  await page.goto('/persons?q=gomez+valentina+ospina');
  await expect(page.getByRole('link', { name: 'Ospina-Gómez, Valentina' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The same person again, typed differently: the form stops and shows the existing file.
  await page.goto('/persons/new');
  await fillIntake(page, { first: 'valentina', last: 'OSPINA GOMEZ', birth: '1990-03-14' });
  await page.getByRole('button', { name: 'Inscrire la personne' }).click();
  const duplicates = page.getByTestId('duplicates');
  await expect(duplicates).toContainText('Des dossiers semblables existent déjà');
  await expect(duplicates).toContainText('même nom');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('intake-duplicate.png'), fullPage: true });
  await duplicates.getByRole('link', { name: 'Ouvrir ce dossier' }).click();
  await expect(page).toHaveURL(fileUrl);

  // An intervention, then a referral to a partner (the person consented to sharing).
  await page.getByText('Consigner une intervention').click();
  const intervention = page.locator('details', { hasText: 'Consigner une intervention' });
  await intervention.getByLabel('Type').selectOption('first_meeting');
  await intervention.getByLabel('Durée en minutes (facultatif)').fill('60');
  await intervention.getByLabel('Notes (facultatif)').fill('Premier contact; CV à mettre à jour.');
  await intervention.getByRole('button', { name: 'Ajouter l’intervention' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Première rencontre');
  await page.getByText('Référer à un partenaire').click();
  const referral = page.locator('details', { hasText: 'Référer à un partenaire' });
  await referral.getByLabel('Partenaire').selectOption({ index: 1 });
  await referral.getByLabel('Besoin visé').selectOption('employment');
  await referral.getByRole('button', { name: 'Envoyer la référence' }).click();
  await expect(page.getByText(/envoyée le/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('person-file.png'), fullPage: true });

  // The agent of another service point gets "not found" for that file.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, 'agent.rouyn@passerelle.test');
  const response = await otherPage.goto(fileUrl);
  expect(response?.status()).toBe(404);
  await other.close();
});

test('the intake can be completed with the keyboard only', async ({ page }) => {
  await signInAs(page, 'agent.villemarie@passerelle.test');
  await page.goto('/persons/new');
  await page.getByLabel('Prénom').focus();
  await page.keyboard.type('Olek');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kowalczyk');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1985-12-01');
  await page.keyboard.press('Tab'); // gender
  await page.keyboard.press('Tab'); // country of birth
  await page.keyboard.type('Pologne');
  await page.getByLabel('Catégorie d’immigration').focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('checkbox', { name: 'Francisation' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Inscrire la personne' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/persons\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1, name: 'Olek Kowalczyk' })).toBeVisible();
});

test('bad input names each field and saves nothing', async ({ page }) => {
  await signInAs(page, 'agent.valdor@passerelle.test');
  await page.goto('/persons/new');
  await page.getByLabel('Date de naissance').fill('2019-02-30');
  await page.getByLabel('Téléphone (facultatif)').fill('555-12');
  await page.getByRole('button', { name: 'Inscrire la personne' }).click();
  await expect(page.getByText('Entrez une date réelle au format AAAA-MM-JJ.')).toBeVisible();
  await expect(page.getByText('Entrez un numéro de téléphone valide', { exact: false })).toBeVisible();
  await expect(page.getByText('Choisissez au moins un besoin.')).toBeVisible();
  await expect(page).toHaveURL(/\/persons\/new$/);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('intake-errors.png'), fullPage: true });
});

test('the persons list at a phone width keeps the key columns without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, 'agent.valdor@passerelle.test');
  await page.goto('/persons?status=open&sort=opened.desc');
  await expect(page.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
  // Each row is a card: the name (a link to the file), whether it is open and the latest opening.
  await expect(page.getByRole('link', { name: /^[^,]+, .+/ }).first()).toBeVisible();
  await page.screenshot({ path: screenPath('persons-phone.png'), fullPage: true });
  await expect(page.getByText('Ouvert', { exact: true }).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('Dernière ouverture', { exact: true }).filter({ visible: true }).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('persons-phone.png'), fullPage: true });
});

test('the manager lists the region and opens a file with its access log; the admin has no persons screen', async ({ page, browser }) => {
  await signInAs(page, 'direction@passerelle.test');
  await page.goto('/persons?sort=name.asc');
  await expect(page.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
  await page.screenshot({ path: screenPath('persons-list.png'), fullPage: true });
  await page.locator('table a').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Journal des accès' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAs(adminPage, 'admin@passerelle.test');
  expect((await adminPage.goto('/persons'))?.status()).toBe(404);
  await admin.close();
});
