import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signInAs } from './pages';

// The regional adviser's day: open a file for a new business (a bad NEQ named first), record a need (a bad
// NOC code named first) and a hire, and see the businesses counter of the current fiscal year go up by one;
// a close name in the same MRC is flagged before a second business is created; the manager reads the file,
// another region's adviser cannot open it.

// The current fiscal year: the journey adds a business there, never in the report's period that other tests count.
const PERIOD = '?from=2026-04-01&to=2027-03-31&region=08';

async function businessesCount(page: Page): Promise<number> {
  const response = await page.request.get(`/api/v1/metrics${PERIOD}`);
  return ((await response.json()) as { businessesAccompanied: number }).businessesAccompanied;
}

async function fillBusiness(page: Page, business: { name: string; neq: string }) {
  await page.getByLabel('Raison sociale').fill(business.name);
  await page.getByLabel('NEQ (numéro d’entreprise du Québec)').fill(business.neq);
  await page.getByLabel('Secteur d’activité (SCIAN)').selectOption('21');
  await page.getByLabel('Taille (nombre d’employés, facultatif)').selectOption('20_99');
  await page.getByLabel('MRC').selectOption({ label: "La Vallée-de-l'Or" });
  await page.getByLabel('Municipalité').fill('Malartic');
  await page.getByLabel('Code postal (facultatif)').fill('j0y 1z0');
  await page.getByLabel('Personne-ressource à l’entreprise').fill('Chantal Girard');
  await page.getByRole('checkbox', { name: 'Mobilité interrégionale' }).check();
}

test('an adviser opens a file for a new business, records a need and a hire, and the businesses counter goes up by one', async ({ page, browser }) => {
  // The adviser's whole day in one journey (about 25 s alone): room for the two browser runs side by side.
  test.setTimeout(120_000);
  await signInAs(page, 'conseil.valdor@passerelle.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers employeurs' })).toBeVisible();
  await expect(page.getByTestId('employer-open-files')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('adviser-home.png'), fullPage: true });
  const before = await businessesCount(page);

  await page.getByRole('link', { name: 'Dossiers employeurs', exact: true }).click();
  await page.getByRole('link', { name: 'Ouvrir un dossier employeur' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ouvrir un dossier employeur' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await fillBusiness(page, { name: 'Forage Malartic-Nord inc.', neq: '11887766' });
  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect(page.getByText('Le NEQ compte exactement 10 chiffres')).toBeVisible();
  await expect(page.getByLabel('NEQ (numéro d’entreprise du Québec)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('NEQ (numéro d’entreprise du Québec)').fill('1188 776 655');
  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect(page).toHaveURL(/\/employers\/[0-9a-f-]{36}\?notice=opened$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Forage Malartic-Nord inc.' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Dossier ouvert');
  const fileUrl = page.url().replace(/\?.*$/, '');
  expect(await businessesCount(page)).toBe(before + 1);

  // A need: a bad NOC code is named on its field, then the need is saved.
  await page.getByText('Nouveau besoin de recrutement').click();
  const need = page.locator('details', { hasText: 'Nouveau besoin de recrutement' });
  await need.getByLabel('Poste à pourvoir').fill('Foreur ou foreuse');
  await need.getByLabel('Code CNP 2021').fill('7340');
  await need.getByLabel('Nombre de postes').fill('2');
  await need.getByRole('button', { name: 'Ajouter le besoin' }).click();
  await expect(need.getByText('Le code CNP 2021 compte exactement 5 chiffres')).toBeVisible();
  await need.getByLabel('Code CNP 2021').fill('73402');
  await need.getByRole('button', { name: 'Ajouter le besoin' }).click();
  await expect(page.getByTestId('needs')).toContainText('CNP 73402 · 2 postes');

  // An interaction, then a hire answering the need.
  await page.getByText('Nouvelle interaction').click();
  const interaction = page.locator('details', { hasText: 'Nouvelle interaction' });
  await interaction.getByLabel('Type d’interaction').selectOption('site_visit');
  await interaction.getByLabel('Notes (facultatif)').fill('Visite du chantier avec la contremaîtresse.');
  await interaction.getByRole('button', { name: 'Ajouter l’interaction' }).click();
  await expect(page.getByTestId('interactions')).toContainText('Visite en entreprise');
  await page.getByText('Nouvelle embauche').click();
  const hire = page.locator('details', { hasText: 'Nouvelle embauche' });
  await hire.getByLabel('Poste', { exact: true }).fill('Foreur');
  await hire.getByLabel('Bassin de recrutement').selectOption('interregional_mobility');
  await hire.getByLabel('Besoin comblé (facultatif)').selectOption({ index: 1 });
  await hire.getByRole('button', { name: 'Enregistrer l’embauche' }).click();
  await expect(page.getByTestId('hires')).toContainText('Mobilité interrégionale');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('employer-file.png'), fullPage: true });
  // One business, whatever was added to its file.
  expect(await businessesCount(page)).toBe(before + 1);

  // The list finds it with accents, case and punctuation set aside, and by its NEQ.
  await page.goto('/employers?q=malartic+nord+forage');
  await expect(page.getByRole('link', { name: 'Forage Malartic-Nord inc.' }).first()).toBeVisible();
  await page.goto('/employers?q=1188776655&status=open');
  await expect(page.getByRole('link', { name: 'Forage Malartic-Nord inc.' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('employer-files.png'), fullPage: true });

  // The same business typed otherwise, in the same MRC: flagged before a second business is created.
  await page.goto('/employers/new');
  await fillBusiness(page, { name: 'FORAGE MALARTIC NORD', neq: '1188776600' });
  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  const similar = page.getByRole('alert').filter({ hasText: 'Entreprises au nom semblable' });
  await expect(similar).toContainText('Forage Malartic-Nord inc.');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('employer-duplicate.png'), fullPage: true });
  expect(await businessesCount(page)).toBe(before + 1);

  // The manager reads it; another region's adviser gets "not found".
  const manager = await browser.newContext();
  const managerPage = await manager.newPage();
  await signInAs(managerPage, 'direction@passerelle.test');
  await managerPage.goto(fileUrl);
  await expect(managerPage.getByText('Lecture seule')).toBeVisible();
  await expect(managerPage.getByText('Nouveau besoin de recrutement')).toHaveCount(0);
  await manager.close();
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, 'conseil.gatineau@passerelle.test');
  expect((await otherPage.goto(fileUrl))?.status()).toBe(404);
  await other.close();
});
