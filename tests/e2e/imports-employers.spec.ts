import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signIn } from './pages';

// Employer files come in from a spreadsheet: an adviser imports a Quebec semicolon CSV into their own
// service point (a row error, a duplicate within the file), and an admin imports into a service point named
// in the upload form, for one of its advisers. Openings are in the current fiscal year and every batch is
// undone at the end: the figure-asserting journeys find the demo figures as they were.
// The businesses' names are outside the demo data's vocabulary (db/seed/demo-employers.ts): today's demo
// caseload is drawn from it, and a name like one of its businesses would be a duplicate of that one.

const PERIOD = '?from=2026-04-01&to=2027-03-31&region=08';
const HEADER = 'Raison sociale;NEQ;Secteur SCIAN;MRC;Municipalité;Ouverture du dossier;Personne-ressource;Bassins de recrutement';

async function businessesCount(page: Page): Promise<number> {
  const response = await page.request.get(`/api/v1/metrics${PERIOD}`);
  return ((await response.json()) as { businessesAccompanied: number }).businessesAccompanied;
}

function csv(rows: string[]) {
  return { name: 'employeurs-quebec.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`, 'utf8') };
}

async function undoOnly(page: Page, file: string, created: number) {
  const batches = page.getByTestId('import-batches');
  await batches.getByRole('row', { name: new RegExp(file.replace('.', '\\.')) }).getByRole('button', { name: 'Annuler cette importation' }).first().click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('dossiers employeurs');
  await dialog.getByRole('button', { name: 'Annuler cette importation' }).click();
  await expect(page.getByText(`Importation annulée : ${created === 1 ? '1 dossier supprimé' : `${created} dossiers supprimés`}.`)).toBeVisible();
  await expect(batches.getByRole('row', { name: new RegExp(file.replace('.', '\\.')) }).first()).toContainText('Annulée');
}

test('an adviser imports a semicolon CSV of employer files: preview with a row error and a duplicate, commit, undo', async ({ page }) => {
  await signIn(page, 'conseil.valdor@passerelle.test');
  const before = await businessesCount(page);
  await page.getByRole('link', { name: 'Importer' }).click();
  await expect(page).toHaveURL(/\/imports\/employer-files$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Importer un fichier' })).toBeVisible();
  await expect(page.getByText('Importez les dossiers employeurs de votre point de service')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Modèle Excel (.xlsx)' }).click()]);
  expect(template.suggestedFilename()).toBe('modele-import-dossiers-employeurs.xlsx');

  await page.getByLabel('Fichier à importer').setInputFiles(
    csv([
      'E2e Quartz Zéphyr inc.;8700000001;21;La Vallée-de-l’Or;Val-d’Or;2026-10-01;Annie Forage;Recrutement international',
      'E2e Gîte Ypsilon;8700000002;72;Abitibi;Amos;2026-10-15;Luc Hôtel;"Mobilité interrégionale, Personnes immigrantes déjà au Québec"',
      'E2e Erreur;123;21;Abitibi;Amos;2026-10-15;Sans;',
      'E2E QUARTZ ZÉPHYR INC;8700000004;21;La Vallée-de-l’Or;Val-d’Or;2026-10-20;Annie Forage;',
    ]),
  );
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByRole('heading', { name: 'Aperçu avant l’importation' })).toBeVisible();
  await expect(page.getByTestId('import-counts')).toHaveText('4 lignes lues : 2 prêtes à importer, 1 en erreur, 1 doublon possible, 0 déjà importée.');
  const problems = page.getByTestId('import-problems');
  await expect(problems.getByRole('columnheader', { name: 'Entreprise' })).toBeVisible();
  await expect(problems.getByRole('row', { name: /^4 / })).toContainText('Colonne « NEQ », valeur « 123 » : Le NEQ compte exactement 10 chiffres');
  await expect(problems.getByRole('row', { name: /^5 / })).toContainText('Semble être la même entreprise que la ligne 2.');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('import-employers-1-preview.png'), fullPage: true });

  await page.getByRole('button', { name: 'Importer les lignes valides' }).click();
  await expect(page.getByTestId('import-report')).toHaveText('2 dossiers créés, 1 ligne rejetée, 1 doublon écarté, 0 déjà importée.');
  await expectNoSeriousA11yViolations(page);
  expect(await businessesCount(page)).toBe(before + 2);
  // The files are the adviser's own: the list finds them.
  await page.goto('/employers?q=E2e');
  await expect(page.getByRole('link', { name: 'E2e Gîte Ypsilon' })).toBeVisible();

  await page.goto('/imports/employer-files');
  await undoOnly(page, 'employeurs-quebec.csv', 2);
  await expectNoSeriousA11yViolations(page);
  expect(await businessesCount(page)).toBe(before);
});

test('an admin imports employer files into a service point named in the upload form, for one of its advisers', async ({ page }) => {
  await signIn(page, 'admin@passerelle.test');
  const before = await businessesCount(page);
  await page.getByRole('link', { name: 'Importer' }).click();
  await page.getByRole('navigation', { name: 'Ce que vous importez' }).getByRole('link', { name: 'Dossiers employeurs' }).click();
  await expect(page).toHaveURL(/\/imports\/employer-files$/);
  const point = page.getByLabel('Point de service où importer');
  await expect(point).toHaveAttribute('aria-required', 'true');
  await expect(point).toHaveValue('');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Fichier à importer').setInputFiles(csv(['E2e Admin Mine;8700000011;21;Rouyn-Noranda;Rouyn-Noranda;2026-10-01;Rita Mine;']));
  // No default: without a service point, nothing is checked.
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByText('Choisissez une valeur dans cette liste.').first()).toBeVisible();
  await expect(point).toHaveAttribute('aria-invalid', 'true');

  await point.selectOption({ label: 'Services Québec – Rouyn-Noranda' });
  await page.getByLabel('Conseillère ou conseiller qui suivra les dossiers').selectOption({ label: 'Claire Conseillère' });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByTestId('import-counts')).toHaveText('1 ligne lue : 1 prête à importer, 0 en erreur, 0 doublon possible, 0 déjà importée.');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Importer les lignes valides' }).click();
  await expect(page.getByTestId('import-report')).toHaveText('1 dossier créé, 0 ligne rejetée, 0 doublon écarté, 0 déjà importée.');
  expect(await businessesCount(page)).toBe(before + 1);
  const row = page.getByTestId('import-batches').getByRole('row', { name: /employeurs-quebec\.csv/ }).first();
  await expect(row).toContainText('Services Québec – Rouyn-Noranda');
  await page.screenshot({ path: screenPath('import-employers-2-admin.png'), fullPage: true });
  // The admin opens no employer file: the list is not theirs.
  expect((await page.request.get('/employers')).status()).toBe(404);

  await undoOnly(page, 'employeurs-quebec.csv', 1);
  await expectNoSeriousA11yViolations(page);
  expect(await businessesCount(page)).toBe(before);
});
