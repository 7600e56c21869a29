// The coder's audit, one claim: a clean claim, each common error with its fix, revenue, axe, touch
// targets, and the audit code kept out of the first-load bundle.
import { expect, test } from '@playwright/test';
import { AuditPageObject } from './audit-page-object';

const correct: [string, string, string][] = [
  ['J9207', '', '73'],
  ['J9207', 'JW', '2'],
  ['96413', '', '1'],
  ['96415', '', '2'],
];

test('a clean claim: lines unchanged, axe-clean, touch targets ≥ 44 px', async ({ page }) => {
  const audit = new AuditPageObject(page);
  await test.step('When I open the audit view and type the documentation', async () => {
    await audit.open();
    await audit.documentWorkedExample();
  });
  await test.step('And I bill J9207 × 73, J9207-JW × 2, 96413 × 1, 96415 × 2', async () => {
    await audit.bill(correct);
    await audit.audit();
  });
  await test.step('Then the claim is clean', async () => {
    await expect(page.getByText('Clean: the billed lines match the documentation.')).toBeVisible();
    const diff = page.getByRole('table', { name: 'Billed lines and the lines the documentation supports' });
    await expect(diff.getByText('Same', { exact: true })).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'Audit result' })).toBeFocused();
  });
  await test.step('And the view passes axe and every target is at least 44 px', async () => {
    await page.getByLabel('Payment limit per unit ($)').fill('10.50');
    await page.getByLabel('ASP file quarter').fill('2026 Q4');
    await expect(page.getByText('A correct JW line recovers')).toBeVisible();
    expect(await audit.axe()).toEqual([]);
    expect(await audit.smallTargets()).toEqual([]);
  });
});

// Each common error: the billed lines, the finding (found by its code), and the fix a coder applies.
const errors: {
  name: string;
  lines: [string, string, string][];
  code: string;
  fix: string;
  payer?: string;
}[] = [
  {
    name: 'JW missing',
    lines: [correct[0], correct[2], correct[3]] as [string, string, string][],
    code: 'JW_MISSING',
    fix: 'Bill J9207 × 73 and J9207-JW × 2.',
  },
  {
    name: 'units not rounded up (72 for 72.8 mg)',
    lines: [['J9207', '', '72'], correct[1], correct[2], correct[3]] as [string, string, string][],
    code: 'UNITS_NOT_ROUNDED_UP',
    fix: 'Bill J9207 × 73 and J9207-JW × 2.',
  },
  {
    name: 'JZ with 2 units discarded',
    lines: [['J9207', 'JZ', '73'], correct[2], correct[3]] as [string, string, string][],
    code: 'JZ_WITH_DISCARD',
    fix: 'Bill J9207 × 73 and J9207-JW × 2.',
  },
  {
    name: 'JW and JZ together',
    lines: [['J9207', 'JZ', '73'], correct[1], correct[2], correct[3]] as [string, string, string][],
    code: 'JW_AND_JZ',
    fix: 'Bill J9207 × 73 and J9207-JW × 2.',
  },
  {
    name: 'a code confused with J9207',
    lines: [['J9262', '', '73'], ['J9262', 'JW', '2'], correct[2], correct[3]] as [string, string, string][],
    code: 'CONFUSED_CODE',
    fix: 'Remove J9262; bill J9207 × 73 and J9207-JW × 2.',
  },
  {
    name: 'RR on the drug line',
    lines: [['J9207', 'RR', '73'], correct[1], correct[2], correct[3]] as [string, string, string][],
    code: 'MODIFIER_RR',
    fix: 'Remove RR from line 1.',
  },
  {
    name: 'administration codes that do not match 180 minutes',
    lines: [correct[0], correct[1], ['96413', '', '1'], ['96415', '', '3']] as [string, string, string][],
    code: 'ADMIN_CODES_MISMATCH',
    fix: 'Bill 96413 × 1 and 96415 × 2.',
  },
  {
    name: 'commercial payer without prior authorization',
    lines: correct,
    code: 'PA_MISSING',
    fix: 'Obtain the authorization (or record that the payer does not require it) and enter its number.',
    payer: 'commercial',
  },
];

for (const e of errors) {
  test(`common error: ${e.name}`, async ({ page }) => {
    const audit = new AuditPageObject(page);
    await audit.open();
    await audit.documentWorkedExample();
    if (e.payer) await page.getByLabel('Payer', { exact: true }).selectOption(e.payer);
    await audit.bill(e.lines);
    await audit.audit();
    const finding = page.locator(`.audit-finding[data-code="${e.code}"]`).first();
    await expect(finding).toBeVisible();
    await expect(finding).toContainText(`Fix: ${e.fix}`);
    await expect(page.getByText(/finding(s)? to fix before the claim goes out/)).toBeVisible();
  });
}

test('an edit after the audit marks the result out of date', async ({ page }) => {
  const audit = new AuditPageObject(page);
  await audit.open();
  await audit.documentWorkedExample();
  await audit.bill(correct);
  await audit.audit();
  await page.getByLabel('Dose given (mg)').fill('80');
  await expect(page.getByText(/The claim has changed since the last audit/)).toBeVisible();
  await expect(page.getByText('Clean: the billed lines match the documentation.')).toHaveCount(0);
});

test('the audit code is not in the first-load bundle; it loads when the view opens', async ({ page }) => {
  const scripts: { url: string; body: string }[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js'))
      scripts.push({ url: response.url(), body: await response.text().catch(() => '') });
  });
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  const firstLoad = scripts.filter((s) => s.body.includes('JW_UNDER_ONE_UNIT'));
  expect(firstLoad.map((s) => s.url)).toEqual([]);
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Claim audit' })).toBeVisible();
  await expect.poll(() => scripts.some((s) => s.body.includes('JW_UNDER_ONE_UNIT'))).toBe(true);
});
