import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './pages';

// Single sign-on against the local OIDC provider that playwright.config.ts starts in place of Entra ID.
const SSO_BUTTON = 'Se connecter avec le compte Microsoft du ministère';

/** From the sign-in page, through the provider's development login page, back to the app. */
async function signInWithSso(page: Page, login: string) {
  await page.getByRole('button', { name: SSO_BUTTON }).click();
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password-the-test-provider-accepts');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('the sign-in page offers the ministry’s Microsoft account next to the password', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: SSO_BUTTON })).toBeVisible();
  await expect(page.getByLabel('Adresse courriel')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Se connecter', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a staff member signs in with the Microsoft account and sees the report figures', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithSso(page, 'direction@passerelle.test');
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByTestId('persons-accompanied')).toHaveText('114');
  // The session is the staff account's own: it holds on the next request.
  await page.reload();
  await expect(page.getByTestId('persons-accompanied')).toHaveText('114');
});

test('the page asked for before signing in opens after the SSO round trip', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signInWithSso(page, 'direction@passerelle.test');
  await expect(page).toHaveURL(/\/account$/);
});

test('a Microsoft account without a staff account is refused on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithSso(page, 'inconnu@passerelle.test');
  await expect(page).toHaveURL(/\/sign-in\?error=AccessDenied/);
  await expect(page.getByTestId('form-error')).toHaveText(
    'Ce compte Microsoft ne donne pas accès à Passerelle. Si votre travail l’exige, demandez un accès à l’administration de Passerelle.',
  );
  await expectNoSeriousA11yViolations(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the SSO button still leads to the provider and back (the policy lets the form redirect there)', async ({ page }) => {
    await page.goto('/sign-in');
    await signInWithSso(page, 'direction@passerelle.test');
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByTestId('persons-accompanied')).toHaveText('114');
  });
});
