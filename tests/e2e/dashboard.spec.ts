import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signInAs } from './pages';

// The manager's dashboard: the period changes the figures, each figure opens the list it counts, small
// counts are hidden, every breakdown exports; the admin chooses the region and opens nothing.

const REPORT = '/?from=2019-08-01&to=2020-03-31';

/** "Lignes 1 à 25 sur 114" → 114. */
async function listTotal(page: Page): Promise<number> {
  await expect(page.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
  const status = page.getByText(/^Lignes \d+ à \d+ sur \d+/);
  await expect(status.first()).toBeVisible();
  return Number((await status.first().textContent())!.match(/sur ([\d\s ]+)/)![1]!.replace(/\D/g, ''));
}

test('the manager changes the period and the figures change; a reversed period is refused by name', async ({ page }) => {
  await signInAs(page, 'direction@passerelle.test');
  await page.goto(REPORT);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByTestId('persons-accompanied')).toHaveText('114');
  await expect(page.getByTestId('businesses-accompanied')).toHaveText('44');
  await expect(page.getByTestId('agreements-signed')).toHaveText('10');
  await expect(page.getByTestId('persons-accompanied-previous')).toContainText('Même période l’an dernier');
  // A manager sees their region only: no region choice.
  await expect(page.getByLabel('Région')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('dashboard.png'), fullPage: true });
  await page.getByTestId('breakdown-month').screenshot({ path: screenPath('dashboard-chart-month.png') });
  await page.getByTestId('breakdown-servicePoint').screenshot({ path: screenPath('dashboard-chart-service-points.png') });

  // A quick choice: the fiscal year 2020-2021, kept in the URL.
  await page.getByRole('link', { name: '2020-2021', exact: true }).click();
  await expect(page).toHaveURL(/from=2020-04-01&to=2021-03-31/);
  await expect(page.getByTestId('scope-summary')).toContainText('1er avril 2020');
  await expect(page.getByRole('link', { name: '2020-2021', exact: true })).toHaveAttribute('aria-current', 'page');
  // The demo data's next year happens to have 114 persons and 44 businesses too, but 4 agreements.
  await expect(page.getByTestId('agreements-signed')).toHaveText('4');
  // Its quarters are offered; the first counts fewer persons than the whole year.
  await page.getByRole('link', { name: 'avril à juin 2020' }).click();
  await expect(page).toHaveURL(/from=2020-04-01&to=2020-06-30/);
  await expect(page.getByTestId('persons-accompanied')).toHaveText('89');
  await expect(page.getByTestId('agreements-signed')).toHaveText('2');

  // A custom period, reversed: the page names the field and shows no figure rather than the defaults.
  await page.getByLabel('Du', { exact: true }).fill('2020-03-31');
  await page.getByLabel('Au', { exact: true }).fill('2019-08-01');
  await page.getByRole('button', { name: 'Afficher les résultats' }).click();
  await expect(page).toHaveURL(/from=2020-03-31&to=2019-08-01/);
  await expect(page.getByTestId('dashboard-errors')).toContainText('« Du » : la date de début doit précéder la date de fin');
  await expect(page.getByTestId('persons-accompanied')).toHaveCount(0);
  await expect(page.getByLabel('Du', { exact: true })).toHaveAccessibleDescription(/la date de début doit précéder/);
  await expectNoSeriousA11yViolations(page);

  // Another region in the URL is refused for a manager, by name too.
  await page.goto('/?from=2019-08-01&to=2020-03-31&region=07');
  await expect(page.getByTestId('dashboard-errors')).toContainText('« Région » : vous voyez les chiffres de votre région seulement.');
});

test('a drill-down opens the list whose row count equals the figure', async ({ page }) => {
  await signInAs(page, 'direction@passerelle.test');
  await page.goto(REPORT);
  await page.getByRole('link', { name: '114' }).click();
  await expect(page).toHaveURL(/\/persons\?activeFrom=2019-08-01&activeTo=2020-03-31$/);
  expect(await listTotal(page)).toBe(114);
  await expect(page.getByTestId('drill-down-notice')).toContainText('du 1er août 2019 au 31 mars 2020');
  await expectNoSeriousA11yViolations(page);

  // A breakdown cell: the first service point (the largest), and a need.
  for (const section of ['breakdown-servicePoint', 'breakdown-need']) {
    await page.goto(REPORT);
    const link = page.getByTestId(section).locator('tbody a').first();
    const figure = Number((await link.textContent())!.replace(/\D/g, ''));
    expect(figure).toBeGreaterThanOrEqual(5);
    await link.click();
    expect(await listTotal(page)).toBe(figure);
  }
});

test('small counts show “< 5” with no link, and the exports hide them too', async ({ page }) => {
  await signInAs(page, 'direction@passerelle.test');
  await page.goto(REPORT);
  const country = page.getByTestId('breakdown-country');
  const hidden = country.locator('tbody td', { hasText: '< 5' });
  expect(await hidden.count()).toBeGreaterThanOrEqual(2);
  await expect(hidden.locator('a')).toHaveCount(0);

  const csv = await page.request.get('/metrics/export?from=2019-08-01&to=2020-03-31&breakdown=country&format=csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = (await csv.body()).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('< 5');
  expect(text).not.toMatch(/,[1-4]\r\n/);

  const xlsx = await page.request.get('/metrics/export?from=2019-08-01&to=2020-03-31&breakdown=month&format=xlsx');
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
});

test('the admin chooses the region and sees totals without links to case content', async ({ page }) => {
  await signInAs(page, 'admin@passerelle.test');
  await page.goto(REPORT);
  await expect(page.getByTestId('persons-accompanied')).toHaveText('114');
  await expect(page.getByRole('link', { name: '114' })).toHaveCount(0);
  await page.getByLabel('Région').selectOption('07');
  await page.getByRole('button', { name: 'Afficher les résultats' }).click();
  await expect(page).toHaveURL(/region=07/);
  await expect(page.getByTestId('persons-accompanied')).toHaveText('25');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenPath('dashboard-admin-07.png'), fullPage: true });
});
