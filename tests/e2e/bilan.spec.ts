import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readPdf } from '../helpers/pdf-text';
import { expectNoSeriousA11yViolations, screenPath, signInAs } from './pages';

// The bilan written from the records: the report's three sentences on the page and in its PDF, in French
// and English, a print layout, and bad parameters named.
const REPORT = '/bilan?from=2019-08-01&to=2020-03-31&region=08';
const SENTENCES_FR = [
  'À ce jour, 114 personnes immigrantes de l’Abitibi-Témiscamingue ont été accompagnées',
  'ont accompagné 44 entreprises de la région',
  'd’établir 10 ententes avec différents partenaires du milieu',
];

test('the manager reads the bilan, prints it and downloads its PDF holding the same sentences', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await signInAs(page, 'direction@passerelle.test');
  await page.getByRole('link', { name: 'Bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bilan des réalisations' })).toBeVisible();
  await page.goto(REPORT);
  await expect(page.getByTestId('sentence-persons')).toContainText(SENTENCES_FR[0]!);
  await expect(page.getByTestId('sentence-businesses')).toContainText(SENTENCES_FR[1]!);
  await expect(page.getByTestId('sentence-agreements')).toContainText(SENTENCES_FR[2]!);
  await expect(page.getByRole('heading', { level: 2, name: 'Personnel du MIFI dans la région' })).toBeVisible();
  await expect(page.getByTestId('bilan-offices')).toContainText('Services Québec, 186, avenue Perrault');
  await expect(page.getByRole('table', { name: 'Projets financés par type et par MRC' })).toBeVisible();
  await expect(page.getByTestId('live-refresh')).toHaveAttribute('data-live-state', 'live');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('bilan.png'), fullPage: true });

  // On paper: the report alone, without the navigation, the form or the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByTestId('bilan-pdf')).toBeHidden();
  await expect(page.getByTestId('sentence-persons')).toBeVisible();
  await page.screenshot({ path: screenPath('bilan-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bilan-pdf').click()]);
  expect(download.suggestedFilename()).toBe('bilan-08-2019-08-01-2020-03-31.pdf');
  await download.saveAs(screenPath('bilan.pdf'));
  const pdf = await readPdf(new Uint8Array(await readFile((await download.path())!)));
  for (const sentence of SENTENCES_FR) expect(pdf.text).toContain(sentence);
  expect(pdf.lang).toBe('fr-CA');
  expect(pdf.tagged).toBe(true);
  expect(pdf.title).toContain('Bilan des réalisations');
  expect(errors).toEqual([]);
});

test('the bilan in English, on the language switch', async ({ page }) => {
  await signInAs(page, 'admin@passerelle.test');
  await page.goto(REPORT);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report of achievements' })).toBeVisible();
  await expect(page.getByTestId('sentence-persons')).toContainText('To date, 114 immigrants from Abitibi-Témiscamingue have been accompanied');
  await expect(page.getByTestId('sentence-businesses')).toContainText('have accompanied 44 businesses of the region');
  await expect(page.getByTestId('sentence-agreements')).toContainText('establish 10 agreements with various local partners');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('bilan-en.png'), fullPage: true });
  const response = await page.request.get(`/bilan/pdf?from=2019-08-01&to=2020-03-31&region=08`);
  const pdf = await readPdf(new Uint8Array(await response.body()));
  expect(pdf.lang).toBe('en-CA');
  expect(pdf.text).toContain('To date, 114 immigrants from Abitibi-Témiscamingue have been accompanied');
  // An admin may report on another region.
  await page.goto('/bilan?from=2019-08-01&to=2020-03-31&region=07');
  await expect(page.getByTestId('bilan-period')).toContainText('region 07 Outaouais');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bilan des réalisations' })).toBeVisible();
});

test('a reversed period, an unknown region or another region is said by field, never silently replaced', async ({ page }) => {
  await signInAs(page, 'direction@passerelle.test');
  await page.goto('/bilan?from=2020-03-31&to=2019-08-01&region=08');
  const alert = page.getByTestId('bilan-errors');
  await expect(alert).toContainText('Date de début (from) : la date de début doit précéder la date de fin');
  await expect(page.getByTestId('sentence-persons')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('bilan-invalid.png'), fullPage: true });
  await page.goto('/bilan?from=2019-08-01&to=2020-03-31&region=99');
  await expect(alert).toContainText('Région (region) : aucune région ne porte ce code.');
  await page.goto('/bilan?from=2019-08-01&to=2020-03-31&region=07');
  await expect(alert).toContainText('Région (region) : vous pouvez produire le bilan de votre région seulement.');
  expect((await page.request.get('/bilan/pdf?from=2019-08-01&to=2020-03-31&region=07')).status()).toBe(400);
});

test('agents do not have the bilan', async ({ page }) => {
  await signInAs(page, 'agent.rouyn@passerelle.test');
  await expect(page.getByRole('link', { name: 'Bilan' })).toHaveCount(0);
  expect((await page.goto(REPORT))?.status()).toBe(404);
});
