import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signIn } from './pages';

// The agent brings a spreadsheet in: a workbook written by LibreOffice Calc (tests/e2e/fixtures/imports,
// made from the .source.csv beside it) and a semicolon CSV as Quebec's Excel saves it. Preview with a row
// error and a duplicate, commit, the same file again changes nothing, undo. Openings are in the current
// fiscal year, and every batch is undone at the end: the other journeys' figures are left as they were.

const PERIOD = '?from=2026-04-01&to=2027-03-31&region=08';
const XLSX = 'tests/e2e/fixtures/imports/persons-libreoffice.xlsx';

async function personsCount(page: Page): Promise<number> {
  const response = await page.request.get(`/api/v1/metrics${PERIOD}`);
  return ((await response.json()) as { personsAccompanied: number }).personsAccompanied;
}

async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Fichier à importer').setInputFiles(file);
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByRole('heading', { name: 'Aperçu avant l’importation' })).toBeVisible();
}

const workbook = () => ({ name: 'suivis-2026.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(XLSX) });

test('an agent imports a LibreOffice workbook and a semicolon CSV: preview with errors and a duplicate, commit, no change the second time, undo', async ({ page }) => {
  await signIn(page, 'agent.valdor@passerelle.test');
  const before = await personsCount(page);
  await page.getByRole('link', { name: 'Importer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer un fichier' })).toBeVisible();
  await expect(page.getByLabel('Fichier à importer')).toHaveAttribute('aria-required', 'true');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('import-1-upload.png'), fullPage: true });

  // The template downloads as a workbook.
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Modèle Excel (.xlsx)' }).click()]);
  expect(template.suggestedFilename()).toBe('modele-import-personnes.xlsx');

  // A file that is no spreadsheet is refused with a clear message, and nothing is written.
  await page.getByLabel('Fichier à importer').setInputFiles({ name: 'photo.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 31) % 256)) });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByText('Ce fichier n’est pas un classeur .xlsx ni un fichier CSV lisible')).toBeVisible();

  // The workbook: three good rows, one with an impossible date, one repeating row 2's person.
  await choose(page, workbook());
  await expect(page.getByTestId('import-counts')).toHaveText('5 lignes lues : 3 prêtes à importer, 1 en erreur, 1 doublon possible, 0 déjà importée.');
  const problems = page.getByTestId('import-problems');
  await expect(problems.getByRole('row', { name: /^5 / })).toContainText('Colonne « Date de naissance », valeur « 1988-13-40 » : Entrez une date réelle au format AAAA-MM-JJ.');
  await expect(problems.getByRole('row', { name: /^6 / })).toContainText('Semble être la même personne que la ligne 2.');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('import-2-preview.png'), fullPage: true });

  await page.getByRole('button', { name: 'Importer les lignes valides' }).click();
  await expect(page.getByTestId('import-report')).toHaveText('3 dossiers créés, 1 ligne rejetée, 1 doublon écarté, 0 déjà importée.');
  const [rejected] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les lignes rejetées (CSV)' }).click()]);
  const rejectedText = readFileSync((await rejected.path())!, 'utf8');
  expect(rejectedText).toMatch(/^\uFEFFLigne,Nom,Prénom,Date de naissance/);
  expect(rejectedText).toContain('Xlsx-Erreur');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('import-3-report.png'), fullPage: true });
  expect(await personsCount(page)).toBe(before + 3);

  // The same workbook again: nothing left to create.
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await choose(page, workbook());
  await expect(page.getByTestId('import-counts')).toContainText('0 prête à importer');
  await expect(page.getByTestId('import-counts')).toContainText('3 déjà importées');
  await expect(page.getByRole('button', { name: 'Importer les lignes valides' })).toBeDisabled();
  await page.getByRole('button', { name: 'Ne rien importer' }).click();

  // A Quebec CSV: BOM, semicolons, a comma inside a quoted cell.
  const csv = '\uFEFFNom;Prénom;Date de naissance;Pays de naissance;Catégorie d’immigration;Consentement à la collecte;Besoins;Ouverture du dossier\r\n' +
    'Csv-Lavoie;Marie-Ève;1990-08-15;HT;Résidence permanente — regroupement familial;2026-11-03;"Emploi, Santé";2026-11-03\r\n' +
    'Csv-Diallo;Mamadou;1984-01-09;SN;asylum_seeker;2026-11-04;Francisation;2026-11-04\r\n';
  await choose(page, { name: 'suivis-quebec.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByTestId('import-counts')).toContainText('2 lignes lues : 2 prêtes à importer');
  await page.getByRole('button', { name: 'Importer les lignes valides' }).click();
  await expect(page.getByTestId('import-report')).toContainText('2 dossiers créés');
  expect(await personsCount(page)).toBe(before + 5);

  // Both batches are listed and undone; the figure is back where it was.
  const batches = page.getByTestId('import-batches');
  await expect(batches.getByRole('row', { name: /suivis-quebec\.csv/ })).toBeVisible();
  await page.screenshot({ path: screenPath('import-4-batches.png'), fullPage: true });
  for (const [file, created] of [['suivis-quebec.csv', 2], ['suivis-2026.xlsx', 3]] as const) {
    await batches.getByRole('row', { name: new RegExp(file.replace('.', '\\.')) }).getByRole('button', { name: 'Annuler cette importation' }).first().click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByRole('heading')).toHaveText(`Annuler l’importation de « ${file} » ?`);
    await dialog.getByRole('button', { name: 'Annuler cette importation' }).click();
    // Each undo says how many files it deleted (the first one's toast may still be showing).
    await expect(page.getByText(`Importation annulée : ${created} dossiers supprimés.`)).toBeVisible();
    await expect(batches.getByRole('row', { name: new RegExp(file.replace('.', '\\.')) }).first()).toContainText('Annulée');
  }
  await expectNoSeriousA11yViolations(page);
  expect(await personsCount(page)).toBe(before);
});

test('an adviser has no persons import page: their import link leads to the employer files', async ({ page }) => {
  await signIn(page, 'conseil.valdor@passerelle.test');
  await expect(page.getByRole('link', { name: 'Importer' })).toHaveAttribute('href', '/imports/employer-files');
  const response = await page.goto('/imports');
  expect(response?.status()).toBe(404);
});
