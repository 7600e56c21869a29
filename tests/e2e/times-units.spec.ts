// Times and units on a tablet (768 × 1024), the device clock fixed at 13:48: reversed infusion
// times stop and bill no administration code, on the dosing page and in the audit; "Now" fills in
// the clock time in 24-hour form; switching a unit asks which was meant; feet and inches convert
// exactly (5 ft 4 in = 64 in = 162.56 cm; with 70 kg: √(162.56 × 70 ÷ 3600) = 1.7779 → 1.78 m²,
// 40 × 1.78 = 71.2 mg).
import { expect, test } from '@playwright/test';
import { AuditPageObject } from './audit-page-object';
import { DosingPageObject } from './dosing-page';

test.use({ viewport: { width: 768, height: 1024 }, locale: 'en-US' });

/** The device clock in every test here: 27 November 2026, 13:48:30. */
const now = new Date(2026, 10, 27, 13, 48, 30);

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: now });
});

test('start 13:00 and stop 12:50 on the dosing page: a stop, and no 96413 or 96415 line', async ({
  page,
}) => {
  const dosing = new DosingPageObject(page);
  await dosing.open(now);
  await dosing.enter('170', '70');
  await expect(dosing.result).toContainText('72.8 mg');
  await dosing.openOptional();
  await page.getByLabel('Start', { exact: true }).fill('13:00');
  await page.getByLabel('Stop', { exact: true }).fill('12:50');
  await expect(dosing.result.getByRole('alert')).toContainText('Hold: Correct the times entered');
  await expect(dosing.result.getByRole('alert')).toContainText(
    'Infusion stop 12:50 is earlier than the start 13:00',
  );
  // The claim below the Result panel follows it a render later: poll.
  await expect.poll(async () => (await dosing.claimRows()).map((r) => r[0])).toEqual(['J9207', 'J9207']);
  await expect(dosing.claimTable()).toContainText('ON HOLD — check the times');

  await test.step('Corrected to 16:00 (3 hours): 96413 × 1 and 96415 × 2, no hold', async () => {
    await page.getByLabel('Stop', { exact: true }).fill('16:00');
    await expect(dosing.claimTable()).not.toContainText('ON HOLD');
    await expect
      .poll(async () => (await dosing.claimRows()).map((r) => `${r[0]} × ${r[2]}`))
      .toEqual(['J9207 × 73', 'J9207 × 2', '96413 × 1', '96415 × 2']);
  });
});

test('start 13:00 and stop 12:50 in the audit: a finding, and no 96415 × 23 fix', async ({ page }) => {
  const audit = new AuditPageObject(page);
  await audit.open();
  await audit.documentWorkedExample();
  await page.getByLabel('Infusion start').fill('13:00');
  await page.getByLabel('Infusion stop').fill('12:50');
  await audit.bill([
    ['J9207', '', '73'],
    ['J9207', 'JW', '2'],
    ['96413', '', '1'],
    ['96415', '', '2'],
  ]);
  await audit.audit();
  await expect(page.locator('.audit-finding', { hasText: 'reads as 1430 minutes' })).toBeVisible();
  await expect(page.locator('.audit-findings')).not.toContainText('96415 × 23');
  await expect(
    page.getByRole('table', { name: 'Billed lines and the lines the documentation supports' }),
  ).not.toContainText('23');
});

test('times show 24-hour and "Now" fills in 13:48 from the clock', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open(now);
  await dosing.enter('170', '70');
  const limits = page.getByRole('region', { name: 'Time limits' });
  await limits.getByRole('button', { name: 'Now for reconstitution' }).click();
  await expect(limits.getByLabel('Reconstitution time')).toHaveValue('13:48');
  await expect(limits.getByText('Use reconstituted vial by').locator('xpath=..')).toContainText('14:48');
  await dosing.openOptional();
  await page.getByRole('button', { name: 'Now for the start of the infusion' }).click();
  await expect(page.getByLabel('Start', { exact: true })).toHaveValue('13:48');
  await test.step('A future reconstitution time is flagged', async () => {
    await limits.getByLabel('Reconstitution time').fill('14:30');
    await expect(limits).toContainText('Reconstitution time 14:30 is later than now (13:48)');
  });
  await test.step('A time typed on the numeric keypad shows as HH:MM', async () => {
    await limits.getByLabel('Preparation time').fill('1350');
    await limits.getByLabel('Preparation time').blur();
    await expect(limits.getByLabel('Preparation time')).toHaveValue('13:50');
  });
});

test('units: 64 in switched to cm asks, converts to 162.56 cm; 5 ft 4 in is accepted', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open(now);
  await dosing.enter('64', '70', { height: 'in' });
  await expect(dosing.result).toContainText('71.2 mg');
  await dosing.unit('Height unit', 'cm').click();
  const question = page.getByRole('group', {
    name: 'Height 64 in, switching to cm: convert the number, or keep 64?',
  });
  await expect(question).toBeVisible();
  await expect(dosing.result).toContainText('71.2 mg');
  await question.getByRole('button', { name: 'Convert: 162.56 cm' }).click();
  await expect(dosing.height).toHaveValue('162.56');
  await expect(dosing.result).toContainText('71.2 mg');

  await dosing.height.fill('5 ft 4 in');
  await expect(page.getByText('5 ft 4 in = 64 in = 162.56 cm')).toBeVisible();
  await expect(dosing.result).toContainText('71.2 mg');
});
