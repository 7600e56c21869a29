// An invalid entry and its recovery: the error sits on its field, what was typed stays, no stale
// result remains on screen, and a decimal comma is accepted.
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

test('a mistyped weight shows its error, hides the result, keeps the text, and recovers', async ({
  page,
}) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await expect(dosing.result).toContainText('72.8 mg');

  await test.step('When I mistype the weight as "7O" (letter O) and move on', async () => {
    await dosing.weight.fill('7O');
    await dosing.weight.blur();
  });
  await test.step('Then the field says what is wrong, tied to it, and the old result is gone', async () => {
    await expect(dosing.weight).toHaveValue('7O');
    await expect(dosing.weight).toHaveAttribute('aria-invalid', 'true');
    await expect(dosing.weight).toHaveAccessibleDescription(
      'Enter the weight in kg as a number, e.g. 70 or 72,5.',
    );
    await expect(dosing.result).not.toContainText('72.8 mg');
    await expect(dosing.result).toContainText('Enter height, weight and dose');
  });
  await test.step('When I correct it with a decimal comma, 72,5', async () => {
    await dosing.weight.fill('72,5');
  });
  await test.step('Then the error goes and the new result shows', async () => {
    // √(170 × 72.5 ÷ 3600) = √3.42361… = 1.85030… → 1.85 m²; 40 × 1.85 = 74 mg → J9207 × 74; 75 − 74 = 1 → JW × 1
    await expect(dosing.weight).not.toHaveAttribute('aria-invalid', 'true');
    await expect(dosing.result).toContainText('74 mg');
    await expect(dosing.result.getByRole('listitem')).toHaveText(['J9207 × 74', 'J9207-JW × 1']);
  });
  await test.step('And a unit mix-up (170 in) is caught with a sentence a nurse understands', async () => {
    await dosing.unit('Height unit', 'in').click();
    // Switching the unit asks which was meant; keeping 170 as inches is the mix-up.
    await page.getByRole('button', { name: 'Keep 170 as in' }).click();
    await expect(dosing.height).toHaveAccessibleDescription(
      'Height 170 in (431.8 cm) is outside 50–250 cm — check the unit.',
    );
    await expect(dosing.result).not.toContainText('74 mg');
  });
});
