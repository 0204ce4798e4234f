import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, screenPath, signInAs } from './pages';

// An admin records a signed agreement covering two MRCs with a funded project, and the manager's count of
// agreements signed in the current fiscal year goes up by one. The partners directory, read by an agent and
// kept by the admin. Every new screen is checked with axe and photographed.

function todayInQuebec(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

// The current fiscal year (April 1 to March 31): the journey writes there, never in the report's period.
const TODAY = todayInQuebec();
const FISCAL_START_YEAR = Number(TODAY.slice(5, 7)) >= 4 ? Number(TODAY.slice(0, 4)) : Number(TODAY.slice(0, 4)) - 1;
const PERIOD = `from=${FISCAL_START_YEAR}-04-01&to=${FISCAL_START_YEAR + 1}-03-31&region=08`;

async function agreementsSigned(page: Page): Promise<number> {
  const response = await page.request.get(`/api/v1/metrics?${PERIOD}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { agreementsSigned: number }).agreementsSigned;
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

test('an admin records a signed agreement covering two MRCs with a funded project, and the manager’s counter goes up by one', async ({ page, browser }) => {
  // Three people sign in and seven screens go through axe: longer than the default minute on a busy machine.
  test.setTimeout(180_000);
  const manager = await signedInPage(browser, 'direction@passerelle.test');
  const before = await agreementsSigned(manager);
  await manager.goto(`/?${PERIOD}`);
  await expect(manager.getByText('Ententes signées', { exact: true })).toBeVisible();

  await signInAs(page, 'admin@passerelle.test');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ententes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ententes' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Nouvelle entente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle entente' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const reference = `PASI-E2E-${Date.now()}`;
  await page.getByLabel('Numéro de l’entente').fill(reference);
  await page.getByLabel('Titre').fill('Accueil et intégration au Témiscamingue et à Rouyn-Noranda');
  await page.getByLabel('Partenaire').selectOption({ label: 'La Mosaïque' });
  await page.getByLabel('Programme', { exact: true }).selectOption('PASI');
  await page.getByLabel('Volet du programme').fill('Volet 2');
  // A third decimal and no MRC: refused on their fields, nothing saved.
  await page.getByLabel('Montant').fill('25 000,505');
  await page.getByLabel('Statut').selectOption('signed');
  await page.getByLabel('Date de signature').fill(TODAY);
  await page.getByLabel('Début').fill(TODAY);
  await page.getByLabel('Fin', { exact: true }).fill(`${FISCAL_START_YEAR + 2}-03-31`);
  await page.getByRole('button', { name: 'Enregistrer l’entente' }).click();
  await expect(page.getByText('Le montant compte au plus deux décimales (les cents).')).toBeVisible();
  await expect(page.getByText('Choisissez au moins une MRC.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('agreement-form-errors.png'), fullPage: true });

  await page.getByLabel('Montant').fill('25 000,50 $');
  await page.getByRole('checkbox', { name: 'Rouyn-Noranda' }).check();
  await page.getByRole('checkbox', { name: 'Témiscamingue' }).check();
  await page.getByLabel('Livrables').fill('Cercle des femmes mensuel.\nBilan en fin d’entente.');
  await page.getByRole('button', { name: 'Enregistrer l’entente' }).click();
  await expect(page).toHaveURL(/\/agreements\/[0-9a-f-]{36}$/);
  const agreementUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil et intégration au Témiscamingue et à Rouyn-Noranda' })).toBeVisible();
  await expect(page.getByText(`${reference} · Signée`)).toBeVisible();
  await expect(page.getByText('25\u00a0000,50\u00a0$')).toBeVisible();
  await expect(page.getByText('Rouyn-Noranda, Témiscamingue')).toBeVisible();

  // A funded project under it, for one of its MRCs.
  const newProject = page.getByRole('region', { name: 'Ajouter un projet financé' });
  await newProject.getByLabel('Type de projet').selectOption('womens_circle');
  await newProject.getByLabel('Titre').fill('Cercle des femmes de Rouyn-Noranda (E2E)');
  await newProject.getByLabel('Description').fill('Rencontres entre femmes nouvellement arrivées et femmes immigrées de longue date.');
  await newProject.getByLabel('Début').fill(TODAY);
  await newProject.getByLabel('Participantes et participants').fill('18');
  await newProject.getByRole('checkbox', { name: 'Rouyn-Noranda' }).check();
  await newProject.getByRole('button', { name: 'Ajouter le projet' }).click();
  const projects = page.getByRole('region', { name: 'Projets financés par cette entente' });
  await expect(projects.getByRole('heading', { level: 3, name: 'Cercle des femmes de Rouyn-Noranda (E2E)' })).toBeVisible();
  // Its type, worded (the edit form's options below say it too, hidden in a closed <details>).
  await expect(projects.locator('li > p', { hasText: /^Cercle des femmes$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('agreement-detail.png'), fullPage: true });

  // The edit form offers only the allowed moves from "signed".
  await page.getByRole('link', { name: 'Modifier l’entente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Modifier l’entente ${reference}` })).toBeVisible();
  await expect(page.getByLabel('Statut').locator('option')).toHaveText(['Signée', 'Active', 'Annulée']);
  await expect(page.getByLabel('Montant')).toHaveValue('25000,50');
  await expectNoSeriousA11yViolations(page);

  // The manager's counter for the current fiscal year: one more, and the agreement in their list.
  expect(await agreementsSigned(manager)).toBe(before + 1);
  await manager.goto(`/?${PERIOD}`);
  await manager.goto(`/agreements?q=${reference}`);
  await expect(manager.getByRole('link', { name: 'Accueil et intégration au Témiscamingue et à Rouyn-Noranda' }).first()).toBeVisible();
  await expect(manager.getByRole('link', { name: 'Nouvelle entente' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(manager);
  await manager.goto(agreementUrl);
  await expect(manager.getByRole('link', { name: 'Modifier l’entente' })).toHaveCount(0);
  await expect(manager.getByRole('region', { name: 'Ajouter un projet financé' })).toHaveCount(0);
  await manager.goto('/agreements?signedFrom=2019-08-01&signedTo=2020-03-31');
  await expectNoSidewaysScroll(manager);
  await manager.screenshot({ path: screenPath('agreements-list.png'), fullPage: true });
  await manager.goto('/projects?type=womens_circle');
  await expect(manager.getByRole('heading', { level: 1, name: 'Projets financés' })).toBeVisible();
  await expect(manager.getByRole('rowheader', { name: 'Cercle des femmes de Rouyn-Noranda', exact: true })).toBeVisible();
  await expect(manager.getByRole('rowheader', { name: 'Cercle des femmes de Rouyn-Noranda (E2E)' })).toBeVisible();
  await expectNoSeriousA11yViolations(manager);
  await manager.screenshot({ path: screenPath('projects-list.png'), fullPage: true });

  // An agent has no agreement screen.
  const agent = await signedInPage(browser, 'agent.valdor@passerelle.test');
  expect((await agent.goto(agreementUrl))?.status()).toBe(404);
  await manager.context().close();
  await agent.context().close();
});

test('the partners directory: an agent finds a resource; the admin adds a partner and deactivates it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const agent = await signedInPage(browser, 'agent.valdor@passerelle.test');
  await agent.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Partenaires' }).click();
  await expect(agent.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();
  await expect(agent.getByRole('link', { name: 'Nouveau partenaire' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(agent);
  await agent.goto('/partners?q=mosaique');
  await agent.getByRole('link', { name: 'La Mosaïque' }).first().click();
  await expect(agent.getByRole('heading', { level: 1, name: 'La Mosaïque' })).toBeVisible();
  await expect(agent.getByText('cercle des femmes', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(agent);
  await agent.screenshot({ path: screenPath('partner-detail.png'), fullPage: true });
  await agent.goto('/partners?resource=yes');
  await agent.screenshot({ path: screenPath('partners-list.png'), fullPage: true });

  await signInAs(page, 'admin@passerelle.test');
  await page.goto('/partners/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau partenaire' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const name = `Centre d’entraide E2E ${Date.now()}`;
  await page.getByLabel('Nom', { exact: true }).fill(name);
  await page.getByLabel('Type d’organisme').selectOption('community_organization');
  await page.getByLabel('MRC', { exact: true }).selectOption({ label: "La Vallée-de-l'Or" });
  await page.getByLabel('Services offerts').fill('Aide alimentaire, accompagnement au logement');
  await page.getByLabel('Site Web').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Ajouter le partenaire' }).click();
  await expect(page.getByText('Entrez une adresse Web complète commençant par https:// ou http://.')).toBeVisible();
  await page.getByLabel('Site Web').fill('https://entraide.exemple.qc.ca');
  await page.getByLabel('Téléphone').fill('819 555 0123');
  await page.getByRole('button', { name: 'Ajouter le partenaire' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('819-555-0123')).toBeVisible();
  await page.getByRole('link', { name: 'Modifier le partenaire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Modifier ${name}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goBack();

  await page.getByRole('button', { name: 'Désactiver le partenaire' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Désactiver ${name} ?` });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Désactiver le partenaire' }).click();
  await expect(page.getByText('Ce partenaire n’est plus actif : il ne peut recevoir de nouvelle référence.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réactiver le partenaire' })).toBeVisible();
  await agent.goto(`/partners?q=${encodeURIComponent('entraide e2e')}`);
  await expect(agent.getByRole('link', { name })).toHaveCount(0);
  await agent.goto(`/partners?status=inactive&q=${encodeURIComponent('entraide e2e')}`);
  await expect(agent.getByRole('link', { name })).toBeVisible();
  await agent.context().close();
});
