import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Cookie, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-passerelle-2019';

/** Where a journey keeps the screenshots people look at: the run's output folder (E2E_OUTPUT_DIR), so two
 * runs side by side (.ci/run) neither overwrite nor delete each other's. */
export function screenPath(name: string): string {
  return path.join(test.info().project.outputDir, 'screens', name);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  // Done when the app has either let the user in or said why not.
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/sign-in')),
    page.getByTestId('sign-in-error').waitFor(),
  ]);
}

/** Session cookies per server and account, kept by this worker process (one worker per server). */
const sessions = new Map<string, Cookie[]>();

/**
 * Signs in for a journey whose subject is not signing in: the first call per account signs in through the
 * form, later calls on the same server hand the page that session's cookies. Ends, like signIn, on the
 * home page. A session that has ended since (signed out everywhere, account deactivated) is noticed on
 * that page and replaced by a new sign-in. Journeys about signing in, out or being refused use signIn.
 */
export async function signInAs(page: Page, email: string) {
  const key = `${test.info().project.use.baseURL} ${email}`;
  const cookies = sessions.get(key);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto('/');
    if (!new URL(page.url()).pathname.startsWith('/sign-in')) return;
  }
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/sign-in/);
  sessions.set(key, await page.context().cookies());
}

/** Fails on any serious or critical WCAG 2.1 AA violation. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Axe judges colours as painted: a toast in the middle of its fade is half transparent and fails contrast
  // (seen on a loaded machine). Let the page's finite transitions and animations end first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // Legacy mode runs axe.run in the page itself. The default opens a second, blank page per analysis to merge
  // the frames' partial results: on these machines that page cost more than the analysis (3 s against 1.3 s
  // on /persons), and the app has no iframes to merge. Same rules, same results (compared on /, /persons and
  // /persons/new); a cross-origin frame would fail the check instead of being skipped. Only violations are
  // read, so the other result types keep one example node each instead of every node.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Fails when the page scrolls sideways, naming the elements that stick out of the viewport. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 && element.getClientRects().length > 0)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].slice(0, 3).join('.')} (${Math.round(element.getBoundingClientRect().right)}px)`);
    return { extra: document.documentElement.scrollWidth - width, offenders };
  });
  expect(overflow, `wider than the screen: ${overflow.offenders.join(', ')}`).toEqual({ extra: 0, offenders: [] });
}
