// An imperial flow: inches and pounds, converted with exact factors.
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

// Worked by hand: 70 in × 2.54 = 177.8 cm; 160 lb × 0.45359237 = 72.5747792 kg;
// Mosteller √(177.8 × 72.5747792 ÷ 3600) = √3.58439… = 1.89325… → 1.89 m²; dose 40 × 1.89 = 75.6 mg;
// 75.6 mg needs 90 mg of kits (75 is too little) → 2 × 45 mg; units ⌈75.6⌉ = 76; JW 90 − 76 = 14;
// draw up 75.6 ÷ 2 = 37.8 mL.
test('70 in and 160 lb give 75.6 mg, 2 × 45 mg, J9207 × 76 and J9207-JW × 14', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await test.step('When I choose in and lb and enter 70 and 160', async () => {
    await dosing.enter('70', '160', { height: 'in', weight: 'lb' });
    await expect(page.getByRole('radio', { name: 'in', exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'lb', exact: true })).toBeChecked();
  });
  await test.step('Then the result uses the exact conversions', async () => {
    await expect(dosing.result).toContainText('75.6 mg');
    await expect(dosing.result).toContainText('37.8 mL');
    await expect(dosing.result).toContainText('2 × 45 mg');
    await expect(dosing.result).toContainText('1.89 m²');
    await expect(dosing.result.getByRole('listitem')).toHaveText(['J9207 × 76', 'J9207-JW × 14']);
  });
  await test.step('And the work shows the conversion step', async () => {
    await page.getByRole('button', { name: 'Show the work' }).click();
    await expect(page.getByRole('list', { name: 'Steps of the calculation' })).toContainText(
      '70 in × 2.54 = 177.8 cm; 160 lb × 0.45359237 = 72.5747792 kg',
    );
  });
});
