// The print view: a one-page worksheet with inputs, steps, checks, claim lines and signature lines;
// the screen controls do not print.
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

test('print media shows only the worksheet, with signature lines for nurse and second checker', async ({
  page,
}) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await expect(dosing.result).toContainText('72.8 mg');
  const worksheet = page.getByRole('article', { name: 'Printable worksheet' });
  await test.step('On screen the worksheet is hidden', async () => {
    await expect(worksheet).toBeHidden();
  });
  await test.step('In print media the worksheet shows and the form does not', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(worksheet).toBeVisible();
    await expect(dosing.height).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy note' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  });
  await test.step('With inputs, steps, checks, claim lines and both signature lines', async () => {
    await expect(worksheet.locator('dl').last()).toContainText('170 cm');
    await expect(worksheet).toContainText('40 mg/m² × 1.82 m² = 72.8 mg');
    await expect(worksheet).toContainText('Checks');
    const rows = worksheet.locator('table tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('J9207');
    await expect(rows.nth(0)).toContainText('73');
    await expect(rows.nth(1)).toContainText('JW');
    await expect(worksheet).toContainText('Prepared by (nurse):');
    await expect(worksheet).toContainText('Independent second check:');
  });
  await test.step('On one page', async () => {
    const pdf = await page.pdf({ format: 'Letter' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });
});

test('a busy worksheet (imperial, labs, a stop, 340B, times) still prints on one page', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('66', '260', { height: 'in', weight: 'lb' });
  await dosing.dose.fill('45');
  await dosing.openOptional();
  await page.getByLabel('AST (× ULN)').fill('3');
  await page.getByLabel('ALT (× ULN)').fill('2');
  await page.getByLabel('Bilirubin (× ULN)').fill('1,2');
  await page.getByLabel('ANC (cells/mm³)').fill('900');
  await page.getByLabel('Platelets (/mm³)').fill('80000');
  await page.getByLabel('Strong CYP3A4 inhibitor that cannot be avoided').check();
  await page.getByLabel('Start', { exact: true }).fill('09:00');
  await page.getByLabel('Stop', { exact: true }).fill('12:10');
  await page.getByLabel('Drug acquired at 340B price').check();
  // 66 in → 167.64 cm, 260 lb → 117.9340162 kg: BSA 2.34… m², capped at 2.2 m²; 45 × 2.2 = 99 mg
  await expect(dosing.result).toContainText('99 mg');
  await page.emulateMedia({ media: 'print' });
  const worksheet = page.getByRole('article', { name: 'Printable worksheet' });
  await expect(worksheet).toContainText('ON HOLD');
  await expect(worksheet).toContainText('96415');
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, format).toBe(1);
  }
});
