import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signIn, signInAs } from './pages';

test('an anonymous visitor is sent to the sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The check itself can fail: an image without a text alternative and pale text on white are caught.
  await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    main.insertAdjacentHTML('beforeend', '<img id="axe-canary-image" src="/icon.svg"><p id="axe-canary-text" style="color:#bbb;background:#fff">pâle</p>');
  });
  await expect(expectNoSeriousA11yViolations(page)).rejects.toThrow(/image-alt: #axe-canary-image[\s\S]*color-contrast: #axe-canary-text|color-contrast: #axe-canary-text[\s\S]*image-alt: #axe-canary-image/);
});

test('a wrong password shows a clear message and no session', async ({ page }) => {
  await signIn(page, 'direction@passerelle.test', 'not-the-right-password');
  const error = page.getByTestId('sign-in-error');
  await expect(error).toContainText('Adresse courriel ou mot de passe incorrect.');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoSeriousA11yViolations(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the demo manager sees the report figures 114, 44 and 10 on the home page', async ({ page }) => {
  await signInAs(page, 'direction@passerelle.test');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByTestId('persons-accompanied')).toHaveText('114');
  await expect(page.getByTestId('businesses-accompanied')).toHaveText('44');
  await expect(page.getByTestId('agreements-signed')).toHaveText('10');
  await expect(page.getByTestId('scope-summary')).toContainText('Abitibi-Témiscamingue');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('home-fr.png'), fullPage: true });
});

test('the language switch changes the interface and is remembered', async ({ page }) => {
  await signInAs(page, 'direction@passerelle.test');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('Immigrants accompanied')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('home-en.png'), fullPage: true });
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
});

test('another period or region changes the figures', async ({ page }) => {
  // A manager sees their own region only (the dashboard); an admin chooses the region.
  await signInAs(page, 'admin@passerelle.test');
  await page.getByLabel('Région').selectOption('07');
  await page.getByRole('button', { name: 'Afficher les résultats' }).click();
  await expect(page).toHaveURL(/region=07/);
  await expect(page.getByTestId('persons-accompanied')).toHaveText('25');
});
