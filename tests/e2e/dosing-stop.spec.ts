// A stop check: the hold banner (role="alert") with its reason, the numbers still shown, the
// claim lines marked on hold.
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

test('ANC 900/mm³ holds the dose and the claim without hiding the numbers', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await test.step('When I enter an ANC of 900 cells/mm³', async () => {
    await dosing.openOptional();
    await page.getByLabel('ANC (cells/mm³)').fill('900');
  });
  await test.step('Then a hold banner says why, with its source in the checks', async () => {
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Hold: Do not give or bill until resolved with the prescriber.');
    await expect(alert).toContainText('ANC 900/mm³ is below 1500/mm³');
    await expect(page.getByRole('region', { name: 'Checks' })).toContainText(
      'Source: IXEMPRA prescribing information, sections 2 and 4',
    );
  });
  await test.step('And the numbers stay, the claim lines are on hold', async () => {
    await expect(dosing.result).toContainText('72.8 mg');
    await expect(dosing.result).toContainText('Billing units (on hold)');
    await expect(page.getByRole('table', { name: 'Claim lines (on hold) — UB-04' })).toBeVisible();
    await expect(
      page.getByText(
        'A stop check holds this claim: Do not give or bill until resolved with the prescriber.',
      ),
    ).toBeVisible();
  });
  await test.step('When the count is corrected to 1,800, the hold lifts', async () => {
    await page.getByLabel('ANC (cells/mm³)').fill('1,800');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Claim lines — UB-04' })).toBeVisible();
  });
});
