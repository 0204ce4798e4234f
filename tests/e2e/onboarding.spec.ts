import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signIn } from './pages';

// Onboarding and reference data: an admin creates an agent's account and hands over the one-time password;
// the agent signs in with it, must choose their own, and lands on their home. An admin keeps the service
// points (hours), the MRCs and the shared contact line; admins and managers see who is in post where.

// Hydration mismatches and client crashes show up only in the browser's console.
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} ${message.location().url}`);
  });
  return errors;
}

const NEW_AGENT = { email: 'beatrice.nouvelle@passerelle.test', name: 'Béatrice Nouvelle', ownPassword: 'le sentier du mont Vidéo en octobre' };

test('an admin onboards a new agent, who signs in with the one-time password, must change it and lands on their home', async ({ page, browser }) => {
  const errors = watchConsole(page);
  await signIn(page, 'admin@passerelle.test');
  await page.goto('/admin/staff/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau compte' })).toBeVisible();

  // Service points are grouped by region; admins and the privacy officer have none.
  const servicePoint = page.getByLabel('Point de service');
  await expect(servicePoint.locator('optgroup')).toHaveCount(3);
  await expect(servicePoint.locator('optgroup[label="Abitibi-Témiscamingue"] option')).toHaveText([
    'Services Québec – Amos',
    'Services Québec – La Sarre',
    'Services Québec – Rouyn-Noranda',
    "Services Québec – Val-d'Or",
    'Services Québec – Ville-Marie',
  ]);
  await page.getByLabel('Rôle').selectOption('privacy_officer');
  await expect(page.getByLabel('Point de service')).toHaveCount(0);
  await expect(page.getByText('Ce rôle ne relève d’aucun point de service.')).toBeVisible();
  await page.getByLabel('Rôle').selectOption('agent');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('onboarding-new-account.png'), fullPage: true });

  await page.getByLabel('Adresse courriel').fill(NEW_AGENT.email);
  await page.getByLabel('Nom').fill(NEW_AGENT.name);
  await page.getByLabel('Point de service').selectOption({ label: 'Services Québec – Amos' });
  await page.getByRole('button', { name: 'Créer le compte' }).click();

  // Shown once, with a copy button and the warning that it will not be shown again.
  const notice = page.getByRole('region', { name: 'Mot de passe temporaire' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText(`Le compte de ${NEW_AGENT.name} est créé.`);
  await expect(notice.getByRole('alert')).toContainText('Ce mot de passe ne sera plus affiché.');
  const temporary = (await notice.getByTestId('temporary-password').innerText()).trim();
  expect(temporary).toMatch(/^[a-km-np-z2-9]{5}(-[a-km-np-z2-9]{5}){3}$/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await notice.getByRole('button', { name: 'Copier le mot de passe' }).click();
  await expect(page.getByTestId('toast-success').filter({ hasText: 'Mot de passe copié.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporary);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('onboarding-password-once.png'), fullPage: true });

  // Not shown again: the account's page has no trace of it.
  await notice.getByRole('link', { name: 'Voir le compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Modifier le compte de ${NEW_AGENT.name}` })).toBeVisible();
  await expect(page.getByText(temporary)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(temporary)).toHaveCount(0);

  // The admin signs out; the new agent signs in with the one-time password.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, NEW_AGENT.email, temporary);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('Votre mot de passe a été réinitialisé')).toBeVisible();
  await page.goto('/persons');
  await expect(page).toHaveURL(/\/account$/);
  await page.getByLabel('Mot de passe actuel').fill(temporary);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_AGENT.ownPassword);
  await page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_AGENT.ownPassword);
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, NEW_AGENT.email, NEW_AGENT.ownPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await expect(page.getByText('Services Québec – Amos').first()).toBeVisible();
  await page.screenshot({ path: screenPath('onboarding-agent-home.png'), fullPage: true });
  // The one-time password no longer opens the account.
  const again = await browser.newContext();
  const other = await again.newPage();
  await signIn(other, NEW_AGENT.email, temporary);
  await expect(other.getByTestId('sign-in-error')).toBeVisible();
  await again.close();
  expect(errors).toEqual([]);
});

test('an admin resets a password after confirming, sees the new one once, and cannot change their own role', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page, 'admin@passerelle.test');
  await page.goto('/admin/staff?q=chibougamau');
  await page.getByRole('link', { name: 'Paul Agent' }).click();
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Réinitialiser le mot de passe de Paul Agent ?' });
  await expect(confirm).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
  const notice = page.getByRole('region', { name: 'Mot de passe temporaire' });
  await expect(notice).toContainText('Le mot de passe de Paul Agent est réinitialisé.');
  await expect(notice.getByTestId('temporary-password')).toHaveText(/^[a-km-np-z2-9]{5}(-[a-km-np-z2-9]{5}){3}$/);
  await page.screenshot({ path: screenPath('onboarding-reset-once.png'), fullPage: true });
  await notice.getByRole('button', { name: 'J’ai transmis le mot de passe' }).click();
  await expect(notice).toHaveCount(0);

  // Own account: the role is said, not offered; no disabling nor reset either.
  await page.goto('/admin/staff?q=admin%40');
  await page.getByRole('link', { name: 'Sophie Administratrice' }).click();
  await expect(page.getByText(/Vous ne pouvez pas changer votre propre rôle/)).toBeVisible();
  await expect(page.getByLabel('Rôle')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Désactiver le compte' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Réinitialiser le mot de passe' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test('an admin edits a service point’s hours, and keeps the MRCs and the shared contact line', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page, 'admin@passerelle.test');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Données de référence' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Données de référence' })).toBeVisible();
  await expect(page.getByLabel('Courriel commun')).toHaveValue('accompagnement_gc_drnoq@mifi.gouv.qc.ca');
  await expect(page.getByLabel('Téléphone commun')).toHaveValue('1 833 274-4667');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('reference-contact.png'), fullPage: true });
  // Field errors name the field; nothing is saved.
  await page.getByLabel('Téléphone commun').fill('274-4667');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByLabel('Téléphone commun')).toHaveAccessibleDescription(/numéro de téléphone valide/);
  await page.getByLabel('Téléphone commun').fill('1 833 274-4667');

  // Service points: the list, then Amos's hours.
  await page.getByRole('navigation', { name: 'Sections des données de référence' }).getByRole('link', { name: 'Points de service' }).click();
  const table = page.getByRole('table', { name: 'Points de service' });
  await expect(table.getByRole('row', { name: /Amos/ })).toContainText('262, 1re Avenue Est, J9T 1H3');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('reference-service-points.png'), fullPage: true });
  await page.getByLabel('Nom ou ville').fill('rouyn');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/q=rouyn/);
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await page.goto('/admin/reference/service-points');
  await table.getByRole('link', { name: 'Services Québec – Amos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modifier Services Québec – Amos' })).toBeVisible();
  await expect(page.getByLabel('Heures d’ouverture')).toHaveValue('Lundi au vendredi, 8 h 30 à 12 h et 13 h à 16 h 30');
  await page.getByLabel('Code postal').fill('J9T');
  await page.getByLabel('Heures d’ouverture').fill('Lundi au jeudi, 8 h 30 à 16 h 30\nVendredi, 8 h 30 à 12 h');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByLabel('Code postal')).toHaveAccessibleDescription(/code postal canadien/);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('reference-service-point-errors.png'), fullPage: true });
  await page.getByLabel('Code postal').fill('j9t 1h3');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('toast-success').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/reference\/service-points$/);
  await page.getByRole('link', { name: 'Services Québec – Amos' }).click();
  await expect(page.getByLabel('Heures d’ouverture')).toHaveValue('Lundi au jeudi, 8 h 30 à 16 h 30\nVendredi, 8 h 30 à 12 h');

  // A stale form: someone else saved in between.
  const stale = await page.context().newPage();
  await stale.goto(page.url());
  await page.getByLabel('Heures d’ouverture').fill('Lundi au vendredi, 8 h 30 à 16 h 30');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/admin\/reference\/service-points$/);
  await stale.getByLabel('Heures d’ouverture').fill('Écrasé');
  await stale.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(stale.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
  await expect(stale.getByTestId('form-error')).toContainText('Quelqu’un d’autre a modifié cet élément');
  await stale.close();

  // MRCs, grouped by region.
  await page.goto('/admin/reference/mrcs');
  for (const region of ['07 – Outaouais', '08 – Abitibi-Témiscamingue', '10 – Nord-du-Québec']) await expect(page.getByRole('heading', { level: 3, name: region })).toBeVisible();
  await expect(page.getByRole('region', { name: '08 – Abitibi-Témiscamingue' }).getByRole('listitem')).toHaveCount(5);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('reference-mrcs.png'), fullPage: true });
  await page.getByRole('link', { name: 'Modifier Témiscamingue' }).click();
  await expect(page.getByText('Région : Abitibi-Témiscamingue')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/admin/reference/mrcs/new');
  await page.getByRole('button', { name: 'Ajouter la MRC' }).click();
  await expect(page.getByLabel('Nom')).toHaveAccessibleDescription(/obligatoire/);
  await expectNoSeriousA11yViolations(page);
  await page.goto('/admin/reference/service-points/new');
  await expect(page.getByLabel('Courriel', { exact: false }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test('staff by location: the admin chooses the region, the manager sees theirs, an agent has no such screen', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page, 'direction@passerelle.test');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Effectifs par point de service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Effectifs par point de service' })).toBeVisible();
  const total = page.getByTestId('region-total');
  // The report's sentence, from the staff table (one more agent at Amos since the onboarding journey).
  await expect(total).toContainText('2 conseillères et conseillers en immigration régionale');
  await expect(total).toContainText(/[45] agentes et agents d’aide à l’intégration/);
  await expect(page.getByRole('heading', { level: 3, name: "Services Québec – Val-d'Or (Val-d'Or)" })).toBeVisible();
  await expect(page.getByLabel('Région')).toHaveCount(0);
  // A manager's region is their own, whatever the address says.
  await page.goto('/staff-by-location?region=07');
  await expect(page.getByRole('heading', { level: 2, name: '08 – Abitibi-Témiscamingue' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('staff-by-location-manager.png'), fullPage: true });
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  await signIn(page, 'admin@passerelle.test');
  await page.goto('/staff-by-location');
  await page.getByLabel('Région').selectOption('07');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '07 – Outaouais' })).toBeVisible();
  await expect(page.getByTestId('region-total')).toHaveText('En poste dans la région : 1 agente ou agent d’aide à l’intégration et 1 conseillère ou conseiller en immigration régionale.');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  await signIn(page, 'agent.valdor@passerelle.test');
  expect((await page.goto('/staff-by-location'))?.status()).toBe(404);
  expect((await page.goto('/admin/reference'))?.status()).toBe(404);
  expect(errors.filter((error) => !/404/.test(error))).toEqual([]);
});
