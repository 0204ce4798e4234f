import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signInAs } from './pages';

// Privacy under the access act: an agent corrects a file's identity and exports it for an access request;
// the privacy officer records a confidentiality incident, reads the registers and the file's access log, and
// previews then applies the retention schedule, which anonymizes the (old, closed) file.
// The file is opened and closed in 1990, far from the report's period and from every other journey's
// records, and the officer's rule is set to 30 years for the run, so that only this file is due.

test.describe.configure({ mode: 'serial' });

const PERSON = { first: 'Radmila', last: 'Petrović-Lagacé', birth: '1960-05-05' };
let fileUrl = '';
let personId = '';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: screenPath(`${name}.png`), fullPage: true });
}

test('an agent registers an old file, corrects its identity, exports it for an access request, and closes it', async ({ page }) => {
  await signInAs(page, 'agent.valdor@passerelle.test');
  await page.goto('/persons/new');
  await page.getByLabel('Prénom').fill('Radmilla');
  await page.getByLabel('Nom de famille').fill(PERSON.last);
  await page.getByLabel('Date de naissance').fill(PERSON.birth);
  await page.getByLabel('Pays de naissance').selectOption('CO');
  await page.getByLabel('Catégorie d’immigration').selectOption('permanent_resident_economic');
  await page.getByLabel('Date du consentement à la collecte').fill('1990-01-15');
  await page.getByLabel(/consent à ce que ses renseignements/).check();
  await page.getByLabel('Date de ce consentement').fill('1990-01-15');
  await page.getByRole('checkbox', { name: 'Emploi' }).check();
  await page.getByLabel('Date d’ouverture de l’accompagnement').fill('1990-01-15');
  await page.getByRole('button', { name: 'Inscrire la personne' }).click();
  await expect(page).toHaveURL(/\/persons\/[0-9a-f-]{36}\?notice=registered$/);
  fileUrl = page.url().replace(/\?.*$/, '');
  personId = fileUrl.split('/').pop()!;

  // Rectification: the first name was mistyped; the file then says it was corrected.
  await page.locator('summary', { hasText: 'Corriger l’identité' }).click();
  const correction = page.locator('details', { hasText: 'Enregistrer la correction' });
  await correction.getByLabel('Prénom').fill(PERSON.first);
  await correction.getByLabel('Motif de la correction (facultatif)').fill('Pièce d’identité présentée');
  await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(page.getByTestId('identity-corrected')).toContainText('Identité corrigée 1 fois');
  await expect(page.getByRole('heading', { level: 1, name: `${PERSON.first} ${PERSON.last}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-file');

  // The access request: the readable page, then the JSON file.
  await page.getByRole('link', { name: 'Exporter les renseignements (demande d’accès)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Renseignements détenus sur ${PERSON.first} ${PERSON.last}` })).toBeVisible();
  await expect(page.getByText('« Radmilla » remplacé par « Radmila »', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-export');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger en JSON' }).click();
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { person: { id: string; firstName: string }; corrections: { field: string }[]; accompaniments: unknown[] };
  expect(json.person).toMatchObject({ id: personId, firstName: PERSON.first });
  expect(json.corrections.map((row) => row.field)).toEqual(['firstName']);
  expect(json.accompaniments).toHaveLength(1);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger en PDF' }).click();
  const pdf = readFileSync(await (await pdfDownload).path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((await pdfDownload).suggestedFilename()).toBe(`passerelle-${personId}.pdf`);

  // Closed in 1990: with a 30-year rule, due since 2020.
  await page.goto(fileUrl);
  await page.locator('summary', { hasText: 'Fermer l’accompagnement' }).click();
  const close = page.locator('details', { hasText: 'Motif de fermeture' });
  await close.getByLabel('Date de fermeture').fill('1990-06-01');
  await close.getByLabel('Motif de fermeture').selectOption({ index: 1 });
  await close.getByRole('button', { name: 'Fermer', exact: true }).click();
  await close.getByRole('button', { name: 'Confirmer' }).click();
  // Said in a notification: the close form itself is gone once the accompaniment is closed.
  await expect(page.getByTestId('toast-success').filter({ hasText: 'Accompagnement fermé.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /— fermé$/ })).toBeVisible();
});

test('the privacy officer records a confidentiality incident and edits it, with its history', async ({ page }) => {
  await signInAs(page, 'protection@passerelle.test');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Protection des renseignements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protection des renseignements personnels' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-home');

  await page.getByRole('link', { name: 'Registre des incidents de confidentialité' }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Consigner un incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consigner un incident de confidentialité' })).toBeVisible();
  // The required fields and the rules across fields are said next to each field.
  await page.getByRole('button', { name: 'Consigner l’incident' }).click();
  await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
  await page.getByLabel('Renseignements personnels visés').fill('Noms et numéros de téléphone de 3 personnes accompagnées');
  await page.getByLabel('Circonstances de l’incident').fill('Liste envoyée par courriel à un organisme non concerné');
  await page.getByLabel('Date de l’incident (ou début de la période)').fill('2026-11-02');
  await page.getByLabel('Date où l’organisme en a eu connaissance').fill('2026-11-01');
  await page.getByLabel('Nombre de personnes visées').fill('3');
  await page.getByLabel('Évaluation du risque de préjudice sérieux').selectOption('low');
  await page.getByRole('button', { name: 'Consigner l’incident' }).click();
  await expect(page.getByText('Cette date précède la date de l’incident.')).toBeVisible();
  await expect(page.getByText('Donnez les motifs de l’évaluation du risque.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-incident-errors');
  await page.getByLabel('Date où l’organisme en a eu connaissance').fill('2026-11-03');
  await page.getByLabel('Motifs de l’évaluation (facultatif si non évaluée)').fill('Organisme partenaire, courriel supprimé sans lecture');
  await page.getByRole('button', { name: 'Consigner l’incident' }).click();
  await expect(page).toHaveURL(/\/privacy\/incidents\/[0-9a-f-]{36}\?notice=recorded$/);
  await expect(page.getByRole('status').filter({ hasText: 'Incident consigné.' })).toBeVisible();

  await page.getByLabel('Mesures prises (facultatif)').fill('Rappel de la procédure d’envoi aux partenaires');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(page.getByText('Incident mis à jour.')).toBeVisible();
  await expect(page.getByText('Champs modifiés : Mesures prises (facultatif)')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-incident');

  await page.getByRole('link', { name: 'Retour au registre' }).click();
  await expect(page.getByRole('table')).toContainText('3 novembre 2026');
  await shot(page, 'privacy-incidents');
  const csv = await page.request.get('/privacy/incidents/export');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Liste envoyée par courriel');
});

test('the privacy officer reads the communications and corrections registers and the file’s access log', async ({ page }) => {
  await signInAs(page, 'protection@passerelle.test');
  await page.goto('/privacy/communications');
  await expect(page.getByRole('heading', { level: 1, name: 'Registre des communications' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Consentement du');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-communications');

  await page.goto(`/privacy/corrections?person=${personId}`);
  await expect(page.getByRole('table')).toContainText('Radmilla');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-corrections');

  await page.goto('/privacy/access-log');
  await page.getByLabel('Référence du dossier').fill(personId);
  await page.getByRole('button', { name: 'Afficher le journal' }).click();
  await expect(page.getByTestId('access-log')).toContainText('Exportation des renseignements (demande d’accès)');
  await expect(page.getByTestId('access-log')).toContainText('Julie Agente');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-access-log');

  // The officer reads no file: the person's file and its export are not found.
  expect((await page.goto(fileUrl))?.status()).toBe(404);
  expect((await page.request.get(`/api/v1/persons/${personId}/export`)).status()).toBe(403);
});

test('the privacy officer previews and applies the retention schedule; the file is anonymized and the agent sees it so', async ({ page, browser }) => {
  await signInAs(page, 'protection@passerelle.test');
  await page.goto('/privacy/retention');
  await expect(page.getByRole('heading', { level: 1, name: 'Conservation et anonymisation' })).toBeVisible();
  await expect(page.getByTestId('retention-rule')).toContainText('7 ans');
  await page.locator('summary', { hasText: 'Modifier la règle' }).click();
  await page.getByLabel('Durée de conservation (années)').fill('30');
  await page.getByRole('button', { name: 'Enregistrer la règle' }).click();
  await expect(page.getByTestId('retention-rule')).toContainText('30 ans');

  await expect(page.getByRole('table', { name: 'Dossiers dont la durée de conservation est échue' })).toContainText(personId);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-retention-preview');
  await page.getByRole('button', { name: 'Anonymiser les dossiers échus' }).click();
  await expect(page.getByText('Anonymiser les dossiers échus en date de cette journée ?')).toBeVisible();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Anonymiser les dossiers échus' }).click();
  await expect(page.getByText('Anonymisation terminée.')).toBeVisible();
  await expect(page.getByTestId('due-count')).toContainText('Aucun dossier échu');
  await expect(page.getByTestId('retention-runs')).toContainText('Anonymisation');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'privacy-retention-applied');

  // Back to the usual rule for the rest of the run.
  // The form is still open (a refresh keeps it so).
  await page.getByLabel('Durée de conservation (années)').fill('7');
  await page.getByRole('button', { name: 'Enregistrer la règle' }).click();
  await expect(page.getByTestId('retention-rule')).toContainText('7 ans');

  // The agent's file and list still open, without the name.
  const agent = await browser.newContext();
  const agentPage = await agent.newPage();
  await signInAs(agentPage, 'agent.valdor@passerelle.test');
  await agentPage.goto(fileUrl);
  await expect(agentPage.getByRole('heading', { level: 1, name: 'Personne anonymisée' })).toBeVisible();
  await expect(agentPage.getByText(/Dossier anonymisé le/)).toBeVisible();
  await expect(agentPage.getByText(PERSON.last)).toHaveCount(0);
  await expectNoSeriousA11yViolations(agentPage);
  await agentPage.screenshot({ path: screenPath('privacy-anonymized-file.png'), fullPage: true });
  // The list no longer names it (nothing to list); the list still opens.
  await agentPage.goto('/persons?status=closed&openedFrom=1990-01-15&openedTo=1990-01-15');
  await expect(agentPage.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
  await expect(agentPage.getByText(PERSON.last)).toHaveCount(0);
  await agent.close();
});
