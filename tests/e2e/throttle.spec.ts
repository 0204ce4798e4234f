import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './pages';

// A made-up e-mail, so that the block touches no account the other browser tests use. Every browser
// test comes from 127.0.0.1: the address allows far more failures than the whole suite makes.
const UNKNOWN_EMAIL = 'nobody@passerelle.test';

test('repeated wrong passwords end in "too many attempts", even for an e-mail without an account', async ({ page }) => {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signIn(page, UNKNOWN_EMAIL, `wrong-password-${attempt}`);
    await expect(page.getByTestId('sign-in-error')).toContainText('Adresse courriel ou mot de passe incorrect.');
  }
  await signIn(page, UNKNOWN_EMAIL, 'wrong-password-6');
  const error = page.getByTestId('sign-in-error');
  await expect(error).toContainText('Trop de tentatives. Réessayez dans quelques minutes.');
  await expect(error).not.toContainText('incorrect');
  await expectNoSeriousA11yViolations(page);
  // While blocked, the next attempt is refused the same way without its password being checked.
  await signIn(page, UNKNOWN_EMAIL, 'wrong-password-7');
  await expect(page.getByTestId('sign-in-error')).toContainText('Trop de tentatives. Réessayez dans quelques minutes.');
  await expect(page).toHaveURL(/\/sign-in/);
});
