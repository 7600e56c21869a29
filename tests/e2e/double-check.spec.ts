// The independent (blind) double check on a tablet (768×1024): the first nurse calculates, hands
// over with "Second check"; the second practitioner enters without ever seeing the first's values
// (neither on screen nor in the DOM); then the page compares value by value and names each cause;
// the printed worksheet carries both sets of entries and two sets of initials.
//
// First entry, by hand: 173.5 cm, 68.4 kg, 37 mg/m², Mosteller: √(173.5 × 68.4 ÷ 3600) = √3.29650
// = 1.81563 → 1.82 m²; 37 × 1.82 = 67.34 → 67.3 mg; 67.3 ÷ 2 = 33.65 mL; 75 mg of kits;
// J9207 × 68 (67.3 rounded up); JW 75 − 68 = 7.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

test.use({ viewport: { width: 768, height: 1024 } });

/** Strings only the first calculation produces (entries and results). */
const firstValues = ['173.5', '173,5', '68.4', '67.3', '67.34', '33.65', '1.81563', 'J9207 × 68'];

async function expectNothingOfTheFirst(page: Page) {
  const html = await page.content();
  for (const value of firstValues) expect(html, `DOM contains ${value}`).not.toContain(value);
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is what is rendered on screen, on purpose
  const text = await page.locator('body').innerText();
  for (const value of firstValues) expect(text, `screen shows ${value}`).not.toContain(value);
  // Typed values live in properties, not in the serialized DOM: check every field's value too.
  const values = await page
    .locator('input, textarea, select')
    .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  for (const value of ['173.5', '68.4', '37']) expect(values).not.toContain(value);
}

async function firstCalculation(page: Page, at?: Date) {
  const dosing = new DosingPageObject(page);
  await dosing.open(at);
  await dosing.enter('173.5', '68.4');
  await dosing.dose.fill('37');
  await expect(dosing.result).toContainText('67.3 mg');
  return dosing;
}

async function handOver(page: Page) {
  await page.getByLabel('Your initials (first check)').fill('AB');
  await page.getByRole('button', { name: 'Second check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Second check: independent entry' })).toBeFocused();
}

async function secondEntry(page: Page, height: string, weight: string, dose: string) {
  const form = page.getByRole('form', { name: 'Second check: independent entry' });
  await form.getByLabel('Height', { exact: true }).fill(height);
  await form.getByLabel('Weight', { exact: true }).fill(weight);
  await form.getByLabel('Dose (mg/m²)').fill(dose);
  await form.getByLabel('Your initials (second check)').fill('CD');
  await form.getByRole('button', { name: 'Compare with the first check' }).click();
}

test('the second person never sees the first; a matching entry is stated plainly', async ({ page }) => {
  const dosing = await firstCalculation(page);
  await test.step('When the first nurse hands over with "Second check"', async () => {
    await handOver(page);
  });
  await test.step('Then nothing of the first calculation is on screen or in the DOM', async () => {
    await expect(dosing.result).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Printable worksheet' })).toHaveCount(0);
    await expectNothingOfTheFirst(page);
  });
  await test.step('Nor while the second person types', async () => {
    const form = page.getByRole('form', { name: 'Second check: independent entry' });
    await form.getByLabel('Height', { exact: true }).fill('17');
    await form.getByLabel('Weight', { exact: true }).fill('6');
    await expectNothingOfTheFirst(page);
  });
  await test.step('When the second person enters the same patient (decimal comma) and compares', async () => {
    await secondEntry(page, '173,5', '68.4', '37');
  });
  await test.step('Then a match is stated plainly, and the first calculation is back', async () => {
    await expect(page.getByRole('heading', { name: 'Independent double check: match' })).toBeVisible();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Match: both checks give BSA 1.82 m², dose 67.3 mg, 33.65 mL/ }),
    ).toBeVisible();
    const results = page.getByRole('table', { name: 'Results side by side' });
    await expect(results.getByRole('row', { name: /^Dose 67.3 mg 67.3 mg Same/ })).toBeVisible();
    await expect(dosing.result).toContainText('67.3 mg');
    // The first entry is still what the first nurse typed.
    await expect(dosing.height).toHaveValue('173.5');
  });
});

test('a mismatch is shown side by side with its cause (inches typed as cm)', async ({ page }) => {
  await firstCalculation(page);
  await handOver(page);
  // 173.5 cm ÷ 2.54 = 68.3 in, typed into the cm field: √(68.3 × 68.4 ÷ 3600) = 1.13917 → 1.14 m²;
  // 37 × 1.14 = 42.18 → 42.2 mg.
  await secondEntry(page, '68.3', '68.4', '37');
  await expect(page.getByRole('heading', { name: 'Independent double check: mismatch' })).toBeVisible();
  // Every value differs: 42.2 mg needs 45 mg of kits, J9207 × 43, JW 45 − 43 = 2 (first: 75 mg, 68, 7).
  await expect(page.getByRole('alert').filter({ hasText: /^Mismatch: 6 of 6 values differ/ })).toBeVisible();
  const results = page.getByRole('table', { name: 'Results side by side' });
  const bsa = results.getByRole('row', { name: /^BSA used/ });
  await expect(bsa.getByRole('cell')).toHaveText([
    '1.82 m²',
    '1.14 m²',
    'Differs',
    'Unit mix-up in height: inches entered as cm',
  ]);
  await expect(results.getByRole('row', { name: /^Dose/ }).getByRole('cell').nth(1)).toHaveText('42.2 mg');
  await expect(
    page
      .getByRole('region', { name: 'Independent double check' })
      .getByText(/the second entry looks like inches entered as cm/),
  ).toBeVisible();
  // A mismatch is a stop: the hold banner says so and the claim lines are on hold.
  await expect(
    page.getByRole('alert').filter({ hasText: 'The independent double check does not match' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /^Claim lines \(on hold\)/ })).toBeVisible();
  // A typo next: the second checker tries again and types 34 instead of 37 mg/m² (one digit).
  await page.getByRole('button', { name: 'Second check again' }).click();
  await secondEntry(page, '173.5', '68.4', '34');
  // 34 × 1.82 = 61.88 → 61.9 mg.
  const again = page.getByRole('table', { name: 'Results side by side' });
  await expect(again.getByRole('row', { name: /^Dose/ }).getByRole('cell')).toHaveText([
    '67.3 mg',
    '61.9 mg',
    'Differs',
    'Possible typo in ordered dose: one digit different',
  ]);
});

test('the printed worksheet carries both sets of entries and two sets of initials', async ({ page }) => {
  await firstCalculation(page);
  await handOver(page);
  await secondEntry(page, '173.5', '68.4', '37');
  await expect(page.getByRole('heading', { name: 'Independent double check: match' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const worksheet = page.getByRole('article', { name: 'Printable worksheet' });
  await expect(worksheet).toBeVisible();
  const record = worksheet.getByRole('region', { name: 'Independent double check record' });
  await expect(record).toBeVisible();
  await expect(record.getByRole('columnheader', { name: 'First check (AB)' })).toBeVisible();
  await expect(record.getByRole('columnheader', { name: 'Second check (CD)' })).toBeVisible();
  await expect(record.getByRole('row', { name: /^Height 173.5 cm 173.5 cm Same/ })).toBeVisible();
  await expect(record.getByRole('row', { name: /^Dose 67.3 mg 67.3 mg Same/ })).toBeVisible();
  await expect(record).toContainText('First check, initials: AB · Second check, initials: CD');
  // The on-screen comparison and its buttons do not print.
  await expect(page.getByRole('button', { name: 'Second check again' })).toBeHidden();
  await test.step('Still on one page', async () => {
    const pdf = await page.pdf({ format: 'Letter' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });
});

test('axe finds nothing in any state of the double check and the time limits; targets are ≥ 44 px', async ({
  page,
}) => {
  const scan = async () => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  // The clock at 11:30: prepared at 11:00 is 30 min into the 6-hour limit, so the one stop is the
  // vial's (09:45 to 11:00 is 1 h 15 min, past its hour), whatever the hour the test runs at.
  await firstCalculation(page, new Date(2026, 10, 27, 11, 30));
  await test.step('Start, with the missing-initials error', async () => {
    await page.getByRole('button', { name: 'Second check', exact: true }).click();
    await expect(page.getByLabel('Your initials (first check)')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Reconstitution time').fill('09:45');
    await page.getByLabel('Preparation time').fill('11:00');
    await expect(page.getByRole('region', { name: 'Time limits' }).getByRole('alert')).toHaveText(
      /^Stop: Prepared at 11:00: 1 h 15 min after reconstitution at 09:45/,
    );
    expect(await scan()).toEqual([]);
  });
  await test.step('Blind entry, with errors and rounding open', async () => {
    await handOver(page);
    await page.getByRole('button', { name: 'Compare with the first check' }).click();
    await page.getByText("Rounding (set to the institution's policy)").click();
    expect(await scan()).toEqual([]);
    for (const target of await page
      .locator('.dc-panel button, .dc-panel input, .dc-panel select, .dc-units label')
      .all()) {
      const box = await target.boundingBox();
      if (!box || (await target.getAttribute('type')) === 'radio') continue;
      expect(box.height, await target.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
    }
  });
  await test.step('Comparison with a mismatch', async () => {
    await secondEntry(page, '68.3', '68.4', '37');
    await expect(page.getByRole('heading', { name: 'Independent double check: mismatch' })).toBeVisible();
    expect(await scan()).toEqual([]);
  });
});
