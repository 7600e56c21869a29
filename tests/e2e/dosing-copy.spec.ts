// The documentation note, copied with one button, carries every number.
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Copy note puts the whole documentation note on the clipboard', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await dosing.openOptional();
  await page.getByLabel('Start', { exact: true }).fill('09:00');
  await page.getByLabel('Stop', { exact: true }).fill('12:00');
  await test.step('When I tap Copy note', async () => {
    await page.getByRole('button', { name: 'Copy note' }).click();
    await expect(page.getByText('Copied: paste it into the record.')).toBeVisible();
  });
  await test.step('Then the clipboard holds the note with every number', async () => {
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Documentation note').inputValue());
    for (const text of [
      'Height: 170 cm; weight: 70 kg',
      'Ordered dose: 40 mg/m² (label dose)',
      'Dose: 72.8 mg',
      'Draw up: 36.4 mL',
      '= 75 mg labeled',
      'Infusion: start 09:00, stop 12:00 = 180 min (3 h)',
      '- J9207 × 73 (rev. 0636)',
      '- J9207-JW × 2 (rev. 0636)',
      '- 96413 × 1',
      '- 96415 × 2',
      'Discarded: 2.2 mg (J9207-JW × 2)',
      'Diagnosis 1: Z51.11',
    ]) {
      expect(copied).toContain(text);
    }
  });
});
