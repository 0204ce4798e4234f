import { expect, test, type Browser } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './pages';

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
  await expect(page.getByTestId('form-success')).toHaveText('Compte créé.');
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
  await page.getByRole('button', { name: 'Désactiver le compte' }).click();
  await expect(page.getByTestId('form-success')).toContainText('Compte désactivé');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screens/staff-edit.png', fullPage: true });

  await agent.page.reload();
  await expect(agent.page).toHaveURL(/\/sign-in/);
  await signIn(agent.page, 'agent.lasarre@passerelle.test');
  await expect(agent.page.getByTestId('sign-in-error')).toBeVisible();

  await page.getByRole('button', { name: 'Réactiver le compte' }).click();
  await expect(page.getByTestId('form-success')).toContainText('Compte réactivé');
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
