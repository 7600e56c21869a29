// The chair-side guards on a tablet: the label's time windows (reconstituted vial ≤ 1 hour; the
// infusion finished within 6 hours of preparation; at least 3 hours long) and the hold they raise
// on the claim lines and the documentation note. The device clock is fixed at 10:15.
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

test.use({ viewport: { width: 768, height: 1024 } });

test('time limits: use-by and finish-by times, a stop past 6 hours holds the claim and the note', async ({
  page,
}) => {
  const dosing = new DosingPageObject(page);
  await dosing.open(new Date(2026, 10, 27, 10, 15));
  await dosing.enter('170', '70');
  await expect(dosing.result).toContainText('72.8 mg');
  const limits = page.getByRole('region', { name: 'Time limits' });

  await test.step('When the kit was reconstituted at 09:45 and the dose prepared at 10:00', async () => {
    await limits.getByLabel('Reconstitution time').fill('09:45');
    await limits.getByLabel('Preparation time').fill('10:00');
  });
  await test.step('Then the page says until when (09:45 + 1 h; 10:00 + 6 h) and how long is left at 10:15', async () => {
    await expect(limits.getByText('Use reconstituted vial by').locator('xpath=..')).toContainText(
      '10:45 — 30 min left',
    );
    await expect(limits.getByText('Finish infusion by').locator('xpath=..')).toContainText(
      '16:00 — 345 min left',
    );
    await expect(limits.getByRole('alert')).toHaveCount(0);
  });

  await test.step('When the infusion is entered as 13:00 to 16:30', async () => {
    await dosing.openOptional();
    await page.getByLabel('Start', { exact: true }).fill('13:00');
    await page.getByLabel('Stop', { exact: true }).fill('16:30');
  });
  await test.step('Then a stop says it ends 30 min past the limit, and everything is on hold: prepare again', async () => {
    await expect(limits.getByRole('alert')).toContainText(
      'Infusion stop 16:30 is 6 h 30 min after preparation: past the label',
    );
    const table = dosing.claimTable();
    await expect(table.locator('tbody tr').first()).toContainText('ON HOLD — prepare again');
    await expect(dosing.claim()).toContainText('ON HOLD — prepare again A stop check applies');
    const note = page.getByLabel('Documentation note');
    await expect(note).toHaveValue(/^ON HOLD — prepare again\nReason: Infusion stop 16:30 is 6 h 30 min/);
    await expect(note).toHaveValue(
      /Prepare the dose again\.\nPrepared again at __:__ by ____ \(new reconstitution and preparation times recorded\)/,
    );
  });

  await test.step('When the stop is corrected to 16:00 (exactly 6 hours), the hold lifts', async () => {
    await page.getByLabel('Stop', { exact: true }).fill('16:00');
    await expect(limits.getByRole('alert')).toHaveCount(0);
    await expect(dosing.claimTable()).not.toContainText('ON HOLD');
    await expect(page.getByLabel('Documentation note')).not.toHaveValue(/ON HOLD/);
  });

  await test.step('An infusion of 2 h 30 min (13:00–15:30) warns without holding', async () => {
    await page.getByLabel('Stop', { exact: true }).fill('15:30');
    await expect(limits).toContainText(
      "Infusion 13:00–15:30 is 2 h 30 min, shorter than the label's 3 hours",
    );
    await expect(dosing.claimTable()).not.toContainText('ON HOLD');
  });
});

test('weight change: 78 kg at the last BSA calculation, 70 kg now (10.3%) asks for a recalculation', async ({
  page,
}) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await dosing.openOptional();
  await test.step('When the weight at the last BSA calculation was 78 kg (on 2026-11-17)', async () => {
    // (78 − 70) ÷ 78 = 10.3%: a change of 10% or more.
    await page.getByLabel('Previous weight', { exact: true }).fill('78');
    await page.getByLabel('Date of that weight').fill('2026-11-17');
  });
  const checks = page.getByRole('region', { name: 'Checks' });
  await test.step('Then a warning asks to recalculate and confirm with the prescriber', async () => {
    await expect(checks).toContainText('Weight changed by 10.3% since the last BSA calculation (78 → 70 kg)');
    await expect(page.getByLabel('Documentation note')).toHaveValue(
      /Weight at the last BSA calculation: 78 kg on 2026-11-17/,
    );
  });
  await test.step('At 77 kg, (77 − 70) ÷ 77 = 9.1%: no warning', async () => {
    await page.getByLabel('Previous weight', { exact: true }).fill('77');
    await expect(checks).not.toContainText('Weight changed');
  });
});
