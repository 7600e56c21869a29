// The one-claim audit as a coder works through it: a pre-2017 claim that is clean with no JW
// added, the 837 segments copied, revenue priced by the claim's quarter, and the printable report
// on one page (print media), axe-clean.
import { expect, test } from '@playwright/test';
import { AuditPageObject } from './audit-page-object';

const admin: [string, string, string][] = [
  ['96413', '', '1'],
  ['96415', '', '2'],
];

test('DOS 2016-12-30, J9207 × 73 with 96413 + 96415 × 2: clean, no JW added, a note only', async ({
  page,
}) => {
  const audit = new AuditPageObject(page);
  await audit.open();
  await audit.documentWorkedExample();
  await page.getByLabel('Date of service').fill('2016-12-30');
  await audit.bill([['J9207', '', '73'], ...admin]);
  await audit.audit();
  await expect(page.getByText('Clean: the billed lines match the documentation.')).toBeVisible();
  const diff = page.getByRole('table', { name: 'Billed lines and the lines the documentation supports' });
  await expect(diff.getByText('Add', { exact: true })).toHaveCount(0);
  await expect(page.locator('.audit-finding[data-code="JW_NOT_YET_REQUIRED"]')).toContainText('Note');
});

test('segments, revenue by quarter, and the one-page printed report', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const audit = new AuditPageObject(page);
  await audit.open();
  await audit.documentWorkedExample();
  await audit.bill([['J9207', '', '73'], ...admin]); // JW missing: 2 units discarded
  await audit.audit();
  await expect(page.getByText('1 finding to fix before the claim goes out.')).toBeVisible();

  await test.step('the 837P segments of the corrected lines copy as shown', async () => {
    const p837 = page.getByLabel(/^837P/);
    await expect(p837).toHaveValue(
      /^SV1\*HC:J9207\*\[CHARGE\]\*UN\*73\*\*\*\[DX POINTER\]~\nLIN\*\*N4\*\[NDC 11 DIGITS\]~/,
    );
    await expect(p837).toHaveValue(/SV1\*HC:J9207:JW\*\[CHARGE\]\*UN\*2\*\*\*\[DX POINTER\]~/);
    await page.getByRole('button', { name: 'Copy 837P segments' }).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await p837.inputValue());
    await expect(page.getByLabel(/^837I/)).toHaveValue(/^SV2\*0636\*HC:J9207\*\[CHARGE\]\*UN\*73~/);
  });

  await test.step('revenue: the 2026 Q4 limit prices a 2026-11-27 claim, to the cent', async () => {
    await page.getByLabel('Payment limit per unit ($)').fill('123.456');
    await expect(page.getByLabel('ASP file quarter')).toHaveAccessibleDescription(/Enter the quarter/);
    await page.getByLabel('ASP file quarter').fill('2026 Q4');
    // 73 × 123.456 = 9,012.288 → $9,012.29; 2 × 123.456 = 246.912 → $246.91; total $9,259.20.
    await expect(page.getByRole('cell', { name: '73 × $123.456 = 9012.288' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '$9,012.29' })).toBeVisible();
    await expect(page.getByText('$9,259.20', { exact: true })).toBeVisible();
  });

  await test.step('axe-clean with the segments and revenue shown; targets ≥ 44 px', async () => {
    expect(await audit.axe()).toEqual([]);
    expect(await audit.smallTargets()).toEqual([]);
  });

  await page.screenshot({ path: 'test-results/audit-claim-screen.png', fullPage: true });

  await test.step('print: only the report, on one page', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('form', { name: 'Claim to audit' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Audit result' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByText('J9207 (ixabepilone) claim audit report')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Medicare revenue' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print audit report' })).toBeHidden();
    const pdf = await page.pdf({ format: 'Letter', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.screenshot({ path: 'test-results/audit-report-print.png', fullPage: true });
  });
});
