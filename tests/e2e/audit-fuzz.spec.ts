// Unbreakable input in the coder's view too: fast-check puts arbitrary text into the claim form's text
// fields and arbitrary CSV into the batch paste box, in the production build. After every case the
// page has not crashed (no uncaught error, no error screen), the field keeps what was put in it, and
// the audit either gives a result or marks what to correct.
import { expect, type Page, test } from '@playwright/test';
import fc from 'fast-check';
import { runs, runsScale } from '../../src/testing/runs';

// Sized for a machine three times slower than a developer's (60 cases take about a minute here).
const fuzzTimeoutMs = Math.max(1, runsScale) * 360_000;

const nasty = fc.constantFrom(
  '',
  '1e308',
  '-0',
  'NaN',
  '170 cm',
  '154 lbs',
  '9'.repeat(300),
  '٧٠',
  '７０',
  '💉',
  '<img src=x onerror=alert(1)>',
  '"quoted, with comma"',
  'J9207-JW',
  'JW JZ JW',
  '-1',
  '0.5',
  '1,5',
  '\u202e07',
);
const anyText = fc.oneof(
  nasty,
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
  fc.double().map(String),
);
// The HTML value sanitisation of <input type="text"> drops line breaks.
const asKept = (text: string) => text.replace(/[\r\n]/g, '');

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('claim form: arbitrary text in any field never crashes the audit view', async ({ page }) => {
  test.setTimeout(fuzzTimeoutMs);
  const errors = collectErrors(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  const form = page.getByRole('form', { name: 'Claim to audit' });
  await form.getByRole('radio', { name: 'height, weight and mg/m²' }).check();
  // Free-text inputs (the date and time pickers accept only their own format).
  const fields = form.locator('input[type="text"], input:not([type])');
  const count = await fields.count();
  expect(count).toBeGreaterThanOrEqual(8);
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: count - 1 }), anyText, async (index, text) => {
      cases += 1;
      const field = fields.nth(index);
      await field.fill(text);
      await form.getByRole('button', { name: 'Audit claim' }).click();
      expect(errors).toEqual([]);
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
      await expect(field).toHaveValue(asKept(text));
      const result = page.getByRole('heading', { name: 'Audit result' });
      const marked = form.locator('[aria-invalid="true"]');
      await expect(result.or(marked).first()).toBeVisible();
    }),
    { numRuns: runs(60) },
  );
  console.log(`audit claim form fuzz: ${cases} cases tried`);
});

test('batch: arbitrary CSV text never crashes the audit view', async ({ page }) => {
  test.setTimeout(fuzzTimeoutMs);
  const errors = collectErrors(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await page.getByRole('button', { name: 'CSV batch' }).click();
  const paste = page.getByLabel('Or paste CSV text, header row first');
  const header = await page.evaluate(
    async () => (await (await fetch('./audit-sample.csv')).text()).split('\n')[0],
  );
  const cell = fc.oneof(
    anyText,
    fc.constantFrom('J9207', '96413', 'JW', '74', '2026-11-27', '""', '"a,b"', '"'),
  );
  const row = fc.array(cell, { maxLength: 20 }).map((cells) => cells.join(','));
  const csv = fc
    .tuple(fc.boolean(), fc.array(row, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([withHeader, rows, eol]) => [...(withHeader ? [header ?? ''] : []), ...rows].join(eol));
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(csv, async (text) => {
      cases += 1;
      await paste.fill(text);
      await expect(paste).toHaveValue(text.replace(/\r\n?/g, '\n'));
      const button = page.getByRole('button', { name: 'Audit the pasted text' });
      if (await button.isEnabled()) await button.click();
      expect(errors).toEqual([]);
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
      await expect(paste).toBeVisible();
    }),
    { numRuns: runs(60) },
  );
  console.log(`audit CSV paste fuzz: ${cases} cases tried`);
});
