import { expect, test, type Browser } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, signIn } from './pages';

async function signedInPage(browser: Browser, email: string, password?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

test('an admin creates an account; field errors first, then the newcomer must choose a password', async ({ page, browser }) => {
  await signIn(page, 'admin@passerelle.test');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Personnel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personnel' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Julie Agente/ })).toContainText("Services Québec – Val-d'Or");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screens/staff-list.png', fullPage: true });

  await page.getByRole('link', { name: 'Nouveau compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau compte' })).toBeVisible();
  await page.getByLabel('Adresse courriel').fill('pas-un-courriel');
  await page.getByLabel('Rôle').selectOption('agent');
  await page.getByLabel('Mot de passe temporaire').fill('court');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByLabel('Adresse courriel')).toHaveAccessibleDescription(/adresse courriel valide/);
  await expect(page.getByLabel('Nom')).toHaveAccessibleDescription(/obligatoire/);
  await expect(page.getByLabel('Point de service')).toHaveAccessibleDescription(/point de service/);
  await expect(page.getByLabel('Mot de passe temporaire')).toHaveAccessibleDescription(/au moins 12 caractères/);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screens/staff-new-errors.png', fullPage: true });

  await page.getByLabel('Adresse courriel').fill('agent.amos@passerelle.test');
  await page.getByLabel('Nom').fill('Nouvelle Agente Amos');
  await page.getByLabel('Point de service').selectOption({ label: 'Services Québec – Amos' });
  await page.getByLabel('Mot de passe temporaire').fill('temporaire-amos-2026');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByTestId('toast-success')).toHaveText('Compte créé.');
  await expect(page.getByRole('row', { name: /Nouvelle Agente Amos/ })).toContainText('Doit changer son mot de passe');

  // The newcomer signs in with the temporary password and is held on the account page.
  const newcomer = await signedInPage(browser, 'agent.amos@passerelle.test', 'temporaire-amos-2026');
  await expect(newcomer.page).toHaveURL(/\/account$/);
  await expect(newcomer.page.getByText('Votre mot de passe a été réinitialisé')).toBeVisible();
  await newcomer.page.goto('/');
  await expect(newcomer.page).toHaveURL(/\/account$/);
  await newcomer.page.getByLabel('Mot de passe actuel').fill('temporaire-amos-2026');
  await newcomer.page.getByLabel('Nouveau mot de passe', { exact: true }).fill('ma phrase secrète du lac Osisko');
  await newcomer.page.getByLabel('Confirmer le nouveau mot de passe').fill('ma phrase secrète du lac Osisko');
  await expectNoSeriousA11yViolations(newcomer.page);
  await newcomer.page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(newcomer.page).toHaveURL(/\/sign-in/);
  await expect(newcomer.page.getByText('Mot de passe changé.')).toBeVisible();
  await signIn(newcomer.page, 'agent.amos@passerelle.test', 'ma phrase secrète du lac Osisko');
  await expect(newcomer.page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await newcomer.context.close();
});

test('disabling an account ends its open session on the next request', async ({ page, browser }) => {
  const agent = await signedInPage(browser, 'agent.lasarre@passerelle.test');
  await expect(agent.page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();

  await signIn(page, 'admin@passerelle.test');
  await page.goto('/admin/staff');
  await page.getByRole('link', { name: 'Marc Agent' }).click();
  const disable = page.getByRole('button', { name: 'Désactiver le compte' });
  const confirm = page.getByRole('alertdialog', { name: 'Désactiver le compte de Marc Agent ?' });

  // Asked first; Escape (or "Annuler") leaves the account as it was, and focus where it was.
  await disable.click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toHaveAccessibleDescription(/sessions ouvertes prennent fin/);
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screens/staff-disable-confirm.png' });
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(disable).toBeFocused();
  await expect(page.getByText('Statut : Actif')).toBeVisible();

  await disable.click();
  await confirm.getByRole('button', { name: 'Désactiver le compte' }).click();
  await expect(page.getByTestId('toast-success').filter({ hasText: 'Compte désactivé' })).toBeVisible();
  await expect(page.getByText('Statut : Désactivé')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screens/staff-edit.png', fullPage: true });

  await agent.page.reload();
  await expect(agent.page).toHaveURL(/\/sign-in/);
  await signIn(agent.page, 'agent.lasarre@passerelle.test');
  await expect(agent.page.getByTestId('sign-in-error')).toBeVisible();

  await page.getByRole('button', { name: 'Réactiver le compte' }).click();
  await expect(page.getByTestId('toast-success').filter({ hasText: 'Compte réactivé' })).toBeVisible();
  await signIn(agent.page, 'agent.lasarre@passerelle.test');
  await expect(agent.page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await agent.context.close();
});

test('staff administration does not exist for a manager', async ({ page }) => {
  await signIn(page, 'direction@passerelle.test');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Personnel' })).toHaveCount(0);
  const response = await page.goto('/admin/staff');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
});

test('"sign out everywhere" ends the other sessions of the account', async ({ page, browser }) => {
  const other = await signedInPage(browser, 'conseil.rouyn@passerelle.test');
  await signIn(page, 'conseil.rouyn@passerelle.test');
  await page.getByRole('link', { name: 'Mon compte' }).click();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screens/account.png', fullPage: true });
  await page.getByRole('button', { name: 'Me déconnecter partout' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Vous déconnecter partout ?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Me déconnecter partout' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await other.page.reload();
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.context.close();
});

test('signing out returns to the sign-in page', async ({ page }) => {
  await signIn(page, 'agent.valdor@passerelle.test');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the staff list sorts, pages and filters through its URL, which can be bookmarked', async ({ page }) => {
  // Hydration mismatches and client crashes show up here only.
  const browserErrors: string[] = [];
  page.on('pageerror', (error) => browserErrors.push(error.message));
  page.on('console', (message) => {
    // The app has no favicon yet: the browser's request for one is not this screen's error.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) browserErrors.push(`${message.text()} ${message.location().url}`);
  });
  await signIn(page, 'admin@passerelle.test');
  const table = page.getByRole('table', { name: 'Comptes du personnel' });
  const rowNames = () => table.locator('tbody th[scope="row"]').allInnerTexts();

  // A shared link opens the same view: second page of the names in reverse order, ten a page.
  await page.goto('/admin/staff?sort=name.desc&pageSize=10');
  const pagination = page.getByRole('navigation', { name: 'Pages de la liste' });
  await expect(pagination).toContainText('Page 1 sur 2');
  await expect(table.getByRole('columnheader', { name: 'Nom' })).toHaveAttribute('aria-sort', 'descending');
  expect((await rowNames())[0]).toBe('Sophie Administratrice');
  await pagination.getByRole('link', { name: 'Page suivante' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pagination).toContainText('Page 2 sur 2');
  expect((await rowNames()).at(-1)).toBe('Anne Agente');
  await expect(page.getByRole('status').filter({ hasText: /^Lignes 11 à/ })).toBeVisible();

  // Sorting goes back to the first page; the header says how the table is sorted.
  await table.getByRole('button', { name: 'Dernière connexion' }).click();
  await expect(page).toHaveURL(/sort=lastSignIn\.asc/);
  await expect(page).not.toHaveURL(/page=2/);
  await expect(table.getByRole('columnheader', { name: 'Dernière connexion' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Nom' })).not.toHaveAttribute('aria-sort', /.*/);
  await table.getByRole('button', { name: 'Dernière connexion' }).click();
  await expect(table.getByRole('columnheader', { name: 'Dernière connexion' })).toHaveAttribute('aria-sort', 'descending');
  await expectNoSeriousA11yViolations(page);

  // Search, accents and case ignored, with a role filter; the filters form the address too.
  await page.getByLabel('Nom ou adresse courriel').fill('eric');
  await page.getByRole('search', { name: 'Filtrer la liste' }).getByLabel('Rôle').selectOption('adviser');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/q=eric/);
  await expect(page).toHaveURL(/role=adviser/);
  await expect.poll(rowNames).toEqual(['Éric Conseiller']);
  await page.screenshot({ path: 'test-results/screens/staff-list-search.png', fullPage: true });
  await page.getByLabel('Nom ou adresse courriel').fill('personne de ce nom');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page.getByText('Aucun résultat pour ces critères.')).toBeVisible();
  await page.getByRole('link', { name: 'Réinitialiser les filtres' }).click();
  await expect(page).not.toHaveURL(/q=|role=/);
  await expect(page.getByRole('row', { name: /Julie Agente/ })).toBeVisible();

  // A bad or repeated parameter is refused out loud, and the defaults shown.
  await page.goto('/admin/staff?sort=passwordHash.asc&page=1&page=2');
  await expect(page.getByText('L’adresse de la page contenait des critères invalides')).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Nom' })).toHaveAttribute('aria-sort', 'ascending');
  expect(browserErrors).toEqual([]);
});

test('the columns shown are a choice kept by the browser', async ({ page }) => {
  await signIn(page, 'admin@passerelle.test');
  await page.goto('/admin/staff');
  const table = page.getByRole('table', { name: 'Comptes du personnel' });
  const columns = page.getByRole('button', { name: 'Colonnes' });
  await columns.click();
  await expect(columns).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('checkbox', { name: 'Nom' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Adresse courriel' }).uncheck();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(columns).toHaveAttribute('aria-expanded', 'false');
  await expect(columns).toBeFocused();
  await expect(table.getByRole('columnheader', { name: 'Adresse courriel' })).toHaveCount(0);
  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Rôle' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Adresse courriel' })).toHaveCount(0);
  await columns.click();
  await page.getByRole('checkbox', { name: 'Adresse courriel' }).check();
  await expect(table.getByRole('columnheader', { name: 'Adresse courriel' })).toBeVisible();
});

test('on a phone, each account is a card with its key columns, without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'admin@passerelle.test');
  await page.goto('/admin/staff');
  const cards = page.getByRole('list', { name: 'Comptes du personnel' });
  await expect(page.getByRole('table')).toHaveCount(0); // the table is for wider screens
  const julie = cards.getByRole('listitem').filter({ hasText: 'Julie Agente' });
  for (const text of ['Rôle', 'Agente ou agent d’aide à l’intégration', 'Point de service', "Services Québec – Val-d'Or", 'Statut', 'Actif']) {
    await expect(julie.getByText(text, { exact: true })).toBeVisible();
  }
  await expectNoSidewaysScroll(page);
  // Sorting without headers: the filter form's "Trier par".
  await page.getByLabel('Trier par').selectOption({ label: 'Nom (ordre décroissant)' });
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/sort=name\.desc/);
  await expect(cards.getByRole('listitem').first()).toContainText('Sophie Administratrice');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screens/staff-list-phone.png', fullPage: true });
  await context.close();
});
