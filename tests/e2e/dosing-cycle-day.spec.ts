// Cycle day on a tablet (768×1024): the kit sizes on hand, the kits actually opened, and the dose
// after last cycle's toxicities, seen on the result, the checks, the claim and the note. The device
// clock is fixed (the note carries the time it was prepared).
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

// Worked by hand for 170 cm, 70 kg, 40 mg/m²: BSA 1.82 m², 72.8 mg, ⌈72.8⌉ = 73 units given.
// 45 mg only: 2 × 45 = 90 mg; 90 − 73 = 17 discarded. Opened 1 × 45 + 3 × 15 = 90 mg against the least
// waste 1 × 45 + 2 × 15 = 75 mg: 15 mg more; JW 90 − 73 = 17. Last cycle 40, grade 2 neuropathy for
// 7 days: 40 × 0.8 = 32 mg/m². Grade 3 for 7 days: discontinue.

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date(2026, 10, 27, 10, 40) });
});

test('45 mg only, then kits opened 1 × 45 + 3 × 15: JW × 17 and the not-least-waste warning', async ({
  page,
}) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  expect(page.viewportSize()).toEqual({ width: 768, height: 1024 });
  await dosing.enter('170', '70');
  await page.getByRole('group', { name: 'Kit sizes on hand' }).getByText('45 mg only').click();
  await expect(dosing.result).toContainText('2 × 45 mg');
  await expect(dosing.result.getByRole('listitem')).toHaveText(['J9207 × 73', 'J9207-JW × 17']);

  await page.getByRole('group', { name: 'Kit sizes on hand' }).getByText('15 mg and 45 mg').click();
  await page.getByLabel('Kits opened, 45 mg').fill('1');
  await page.getByLabel('Kits opened, 15 mg').fill('3');
  await expect(dosing.result).toContainText('Kits opened: 1 × 45 mg + 3 × 15 mg = 90 mg labeled');
  await expect(dosing.result.getByRole('listitem')).toHaveText(['J9207 × 73', 'J9207-JW × 17']);
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText(
    'least-waste kits are 1 × 45 mg + 2 × 15 mg (75 mg): 15 mg more is discarded',
  );
  await expect(page.getByLabel('Documentation note')).toHaveValue(
    /Reason the least-waste kits were not opened \(for example a stock-out\): ________/,
  );
  await expect(page.getByLabel('Documentation note')).toHaveValue(/prepared 2026-11-27 10:40/);
});

test('since the last cycle: grade 2 for 7 days gives 32 mg/m²; grade 3 for 7 days holds the claim', async ({
  page,
}) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await page.getByRole('button', { name: /Since the last cycle/ }).click();
  await page.getByLabel("Last cycle's dose (mg/m²)").fill('40');
  await page.getByRole('group', { name: 'Grade' }).getByText('2', { exact: true }).click();
  await page.getByLabel('Days it lasted').fill('7');
  await expect(dosing.result).toContainText('label-supported level 32 mg/m²; ordered 40 mg/m²');
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('40 mg/m² × 0.8 = 32 mg/m²');
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText(
    'IXEMPRA prescribing information, section 2',
  );

  await page.getByRole('group', { name: 'Grade' }).getByText('3', { exact: true }).click();
  await expect(dosing.result.getByRole('alert')).toContainText('The label says discontinue ixabepilone');
  await expect(dosing.result).toContainText('Billing units (on hold)');
  await expect(page.getByLabel('Documentation note')).toHaveValue(/^ON HOLD — prescriber contacted\?/);
});
