import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenPath, signInAs } from './pages';

// The first morning of a new user, read-only: nothing here writes, so the journeys that count demo figures
// are not disturbed.

/**
 * Fields whose label has no "(facultatif)" and whose control is not marked required, on purpose: required
 * only with another answer, which the form's messages say when it is missing.
 */
const REQUIRED_WITH_ANOTHER_ANSWER = new Set([
  // Required for agents, advisers and managers only (staff form, the role chosen above it).
  'Point de service',
  // Required once the agreement is signed (its status, chosen beside it).
  'Date de signature',
]);

interface Mismatch {
  page: string;
  label: string;
  problem: string;
}

/**
 * On every data-entry form of the page: a label without "(facultatif)" (in its text or its hint) points to a
 * control marked required (`required` or `aria-required="true"`), a label with it to one that is not; a
 * group of checkboxes likewise by its legend; and a form holding a required control is `noValidate`, so
 * the app's own messages, not the browser's bubble, answer an empty field.
 */
async function requiredMarks(page: Page): Promise<Mismatch[]> {
  const found = await page.evaluate((allowed) => {
    const mismatches: { label: string; problem: string }[] = [];
    const marked = (control: Element) => (control as HTMLInputElement).required || control.getAttribute('aria-required') === 'true';
    const hintOf = (control: Element) =>
      (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    for (const form of document.querySelectorAll('main form')) {
      // Filters and searches (GET forms) ask for nothing.
      if ((form.getAttribute('method') ?? '').toLowerCase() === 'get') continue;
      let holdsRequired = false;
      for (const label of form.querySelectorAll('label[for]')) {
        const control = document.getElementById(label.getAttribute('for')!);
        if (!control || (control as HTMLInputElement).type === 'hidden' || (control as HTMLInputElement).type === 'checkbox' || (control as HTMLInputElement).type === 'radio') continue;
        const text = (label.textContent ?? '').trim();
        const optional = /facultati(f|ve)/i.test(`${text} ${hintOf(control)}`);
        const required = marked(control);
        holdsRequired ||= required;
        if (optional && required) mismatches.push({ label: text, problem: 'says "(facultatif)" but is marked required' });
        if (!optional && !required && !allowed.includes(text)) mismatches.push({ label: text, problem: 'has no "(facultatif)" and is not marked required' });
      }
      for (const fieldset of form.querySelectorAll('fieldset')) {
        const boxes = [...fieldset.querySelectorAll(':scope > div > label > input[type="checkbox"]')];
        if (boxes.length === 0) continue;
        const text = (fieldset.querySelector('legend')?.textContent ?? '').trim();
        const optional = /facultati(f|ve)/i.test(text);
        const required = boxes.every(marked);
        holdsRequired ||= required;
        if (optional && required) mismatches.push({ label: text, problem: 'group says "(facultatif)" but its boxes are marked required' });
        if (!optional && !required) mismatches.push({ label: text, problem: 'group has no "(facultatif)" and its boxes are not marked required' });
      }
      if (holdsRequired && !(form as HTMLFormElement).noValidate) mismatches.push({ label: form.getAttribute('aria-label') ?? '(form)', problem: 'holds required fields but is not noValidate' });
    }
    return mismatches;
  }, [...REQUIRED_WITH_ANOTHER_ANSWER]);
  return found.map((mismatch) => ({ page: new URL(page.url()).pathname, ...mismatch }));
}

/** Visits each path and gathers the mismatches, after checking that the page has a form at all. */
async function checkForms(page: Page, paths: string[]): Promise<Mismatch[]> {
  const all: Mismatch[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('main form').first(), `a form on ${path}`).toBeAttached();
    all.push(...(await requiredMarks(page)));
  }
  return all;
}

/**
 * Another account in the same page: the sign-in page sends a signed-in user home, so leave the session first,
 * after leaving the page (a response still on its way, such as the home's live refresh, would set the
 * session's cookie again).
 */
async function switchTo(page: Page, email: string) {
  await page.goto('about:blank');
  await page.context().clearCookies();
  await signInAs(page, email);
}

const firstLink = async (page: Page, path: string, pattern: RegExp) => {
  await page.goto(path);
  // Polled: a list may still be rendering when the page has loaded (seen on the embedded database's run).
  let href: string | undefined;
  await expect
    .poll(
      async () => {
        const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        href = hrefs.find((candidate) => pattern.test(candidate));
        return href;
      },
      { message: `a link like ${pattern} on ${path}` },
    )
    .toBeTruthy();
  return href!.split('?')[0]!;
};

test('every required field of the forms says so to screen readers; "(facultatif)" marks exactly the others', async ({ page }) => {
  // Five accounts and about 25 forms in one journey: longer than the default minute when the two databases'
  // browser runs share the two cores (.ci/run).
  test.setTimeout(180_000);
  const mismatches: Mismatch[] = [];

  await switchTo(page, 'agent.valdor@passerelle.test');
  const personFile = await firstLink(page, '/', /^\/persons\/[0-9a-f-]{36}$/);
  mismatches.push(...(await checkForms(page, ['/persons/new', personFile, '/account', '/imports'])));
  await page.goto('/persons/new');
  await expect(page.getByLabel('Prénom')).toHaveAttribute('aria-required', 'true');
  await expect(page.getByLabel('Téléphone (facultatif)')).not.toHaveAttribute('aria-required', 'true');
  await expectNoSeriousA11yViolations(page);

  await switchTo(page, 'conseil.rouyn@passerelle.test');
  const employerFile = await firstLink(page, '/', /^\/employers\/[0-9a-f-]{36}$/);
  mismatches.push(...(await checkForms(page, ['/employers/new', employerFile])));
  await expectNoSeriousA11yViolations(page);

  await switchTo(page, 'admin@passerelle.test');
  const staff = await firstLink(page, '/admin/staff', /^\/admin\/staff\/[0-9a-f-]{36}$/);
  const agreement = await firstLink(page, '/agreements', /^\/agreements\/[0-9a-f-]{36}$/);
  const partner = await firstLink(page, '/partners', /^\/partners\/[0-9a-f-]{36}$/);
  const servicePoint = await firstLink(page, '/admin/reference/service-points', /^\/admin\/reference\/service-points\/[0-9a-f-]{36}$/);
  const mrc = await firstLink(page, '/admin/reference/mrcs', /^\/admin\/reference\/mrcs\/[0-9a-f-]{36}$/);
  mismatches.push(
    ...(await checkForms(page, [
      '/admin/staff/new',
      staff,
      '/agreements/new',
      `${agreement}/edit`,
      agreement,
      '/partners/new',
      `${partner}/edit`,
      '/admin/reference/service-points/new',
      servicePoint,
      '/admin/reference/mrcs/new',
      mrc,
      '/admin/reference',
    ])),
  );

  await switchTo(page, 'protection@passerelle.test');
  mismatches.push(...(await checkForms(page, ['/privacy/incidents/new', '/privacy/retention'])));

  expect(mismatches).toEqual([]);
});

/** True when every flex row of the header holds its items on one line (their vertical middles agree). */
async function headerRows(page: Page) {
  return page.locator('header').first().evaluate((header) => {
    const rows = [...header.querySelectorAll<HTMLElement>('div, p')]
      .filter((element) => getComputedStyle(element).display === 'flex' && element.children.length > 1)
      .map((row) => {
        const middles = [...row.children].map((child) => {
          const box = child.getBoundingClientRect();
          return box.top + box.height / 2;
        });
        return Math.max(...middles) - Math.min(...middles);
      });
    const inner = header.firstElementChild as HTMLElement;
    const padding = parseFloat(getComputedStyle(inner).paddingTop) + parseFloat(getComputedStyle(inner).paddingBottom);
    const tallest = Math.max(...[...inner.children].map((child) => child.getBoundingClientRect().height));
    return { spread: Math.max(...rows), height: inner.getBoundingClientRect().height, oneRow: tallest + padding };
  });
}

test('at 1280 px the header holds on one row for every role, the adviser’s long title included', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [email, shot] of [
    ['conseil.rouyn@passerelle.test', 'adviser'],
    ['agent.valdor@passerelle.test', 'agent'],
    ['direction@passerelle.test', 'manager'],
    ['admin@passerelle.test', 'admin'],
    ['protection@passerelle.test', 'privacy-officer'],
  ] as const) {
    await switchTo(page, email);
    const rows = await headerRows(page);
    expect(rows.spread, `${email}: items of a header row at different heights`).toBeLessThanOrEqual(2);
    expect(rows.height, `${email}: header taller than one row`).toBeLessThanOrEqual(rows.oneRow + 1);
    await page.locator('header').first().screenshot({ path: screenPath(`header-1280-${shot}.png`) });
  }
  // The role is spelled out in full, not cut: what a screen reader reads is what is shown.
  await switchTo(page, 'conseil.rouyn@passerelle.test');
  await expect(page.locator('header')).toContainText('Conseillère ou conseiller en immigration régionale');
});

test('on the morning the demo is seeded, every agent and adviser opens on a caseload of that day', async ({ page }) => {
  for (const email of ['agent.valdor@passerelle.test', 'agent.lasarre@passerelle.test', 'agent.rouyn@passerelle.test', 'agent.villemarie@passerelle.test']) {
    await switchTo(page, email);
    for (const id of ['open-files', 'inactive']) await expect(page.getByTestId(id), `${email} ${id}`).not.toHaveText(/^\s*0\s*$/);
  }
  await page.screenshot({ path: screenPath('home-agent-today.png'), fullPage: true });
  for (const email of ['conseil.rouyn@passerelle.test', 'conseil.valdor@passerelle.test']) {
    await switchTo(page, email);
    for (const id of ['employer-open-files', 'employer-inactive', 'employer-open-needs']) await expect(page.getByTestId(id), `${email} ${id}`).not.toHaveText(/^\s*0\s*$/);
  }
  await page.screenshot({ path: screenPath('home-adviser-today.png'), fullPage: true });
});
