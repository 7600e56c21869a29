// Settings are kept across a reload; patient values are not (nothing in storage, nothing in the URL).
import { expect, test } from '@playwright/test';
import { DosingPageObject, fixClock } from './dosing-page';

test('settings survive a reload, patient values never persist', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await test.step('When I set vial rounding within 10% and the ME qualifier', async () => {
    await page.getByRole('button', { name: 'Settings (institution policy)' }).click();
    await page.getByLabel('Vial rounding').selectOption({ label: 'Within 10%' });
    await page.getByLabel('NDC unit qualifier').selectOption({ label: 'ME (milligram)' });
  });
  await test.step('Then the result follows the policy at once', async () => {
    // 72.8 mg → nearest 15 mg multiple 75 mg is +2.2 mg = 3.0% (within 10%) → J9207-JZ × 75;
    // 75 mg in kits is 1 × 45 mg + 2 × 15 mg; the 15 mg NDC line in mg: 2 × 15 = ME30
    await expect(dosing.result.getByRole('listitem')).toHaveText(['J9207-JZ × 75']);
    await expect(dosing.claim().getByText('N470020191001 ME30')).toBeVisible();
  });
  await test.step('When I reload the page', async () => {
    await page.reload();
    await expect(dosing.height).toBeVisible();
  });
  await test.step('Then the settings are kept and the patient values are gone', async () => {
    await expect(dosing.height).toHaveValue('');
    await expect(dosing.weight).toHaveValue('');
    await expect(dosing.result).toContainText('Enter height, weight and dose');
    await page.getByRole('button', { name: 'Settings (institution policy)' }).click();
    await expect(page.getByLabel('Vial rounding')).toHaveValue(
      (await page
        .getByLabel('Vial rounding')
        .locator('option', { hasText: 'Within 10%' })
        .getAttribute('value')) ?? '',
    );
  });
  await test.step('And nothing of the patient is in storage or the URL', async () => {
    await dosing.enter('170', '70');
    await expect(dosing.result.getByRole('listitem')).toHaveText(['J9207-JZ × 75']);
    await expect(dosing.result).toContainText('vial rounding within 10%');
    const stored = await page.evaluate(() => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      url: location.href,
    }));
    expect(Object.keys(JSON.parse(stored.local))).toEqual(['j9207.settings.v1']);
    expect(stored.local).not.toMatch(/170|72\.8/);
    expect(stored.session).toBe('{}');
    expect(stored.url).not.toMatch(/170|70/);
  });
});

test('corrupted settings are reset with a visible notice, not a blank page', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await fixClock(page);
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('j9207.settings.v1', '{"bsaFormula":'));
  await page.reload();
  await expect(
    page.getByText('The saved settings could not be read and were reset to the defaults.'),
  ).toBeVisible();
  await dosing.enter('170', '70');
  await expect(dosing.result).toContainText('72.8 mg');
});
