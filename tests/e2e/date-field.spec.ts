import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, screenPath, signInAs } from './pages';

// The browser runs in fr-CA, where <input type="date"> would show 08/01/2019 for August 1.
test('the period filter reads and writes AAAA-MM-JJ, whatever the browser language', async ({ page }) => {
  await signInAs(page, 'direction@passerelle.test');
  const from = page.getByLabel('Du', { exact: true });
  await expect(from).toHaveValue('2019-08-01');
  await expect(from).toHaveAccessibleDescription(/AAAA-MM-JJ/);
  await expect(from).toHaveAttribute('inputmode', 'numeric');

  // Digits only, as on a phone's numeric keypad: the dashes come by themselves.
  await from.fill('');
  await from.pressSequentially('20190901');
  await expect(from).toHaveValue('2019-09-01');
  await page.getByRole('button', { name: 'Afficher les résultats' }).click();
  await expect(page).toHaveURL(/from=2019-09-01/);
  await expect(page.getByTestId('scope-summary')).toContainText('1er septembre 2019');
  await expectNoSeriousA11yViolations(page);
  await page.locator('form').filter({ has: from }).screenshot({ path: screenPath('date-field.png') });

  // Not a real day: the browser holds the form back with the app's sentence.
  await from.fill('2019-02-30');
  await page.getByRole('button', { name: 'Afficher les résultats' }).click();
  await expect(page).toHaveURL(/from=2019-09-01/);
  expect(await from.evaluate((input: HTMLInputElement) => input.validationMessage)).toContain('AAAA-MM-JJ');
});

test('the date field fits a phone screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-CA' });
  const page = await context.newPage();
  await signInAs(page, 'direction@passerelle.test');
  await expect(page.getByLabel('Au', { exact: true })).toHaveValue('2020-03-31');
  await expectNoSidewaysScroll(page);
  await page.locator('form').filter({ has: page.getByLabel('Au', { exact: true }) }).screenshot({ path: screenPath('date-field-phone.png') });
  await context.close();
});
