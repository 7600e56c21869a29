// A nurse's metric flow on a tablet (768×1024): 170 cm, 70 kg, 40 mg/m², and everything that
// matters read without scrolling.
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

// Worked by hand: Mosteller √(170 × 70 ÷ 3600) = √3.30555… = 1.81812… → 1.82 m²;
// dose 40 × 1.82 = 72.8 mg; draw up 72.8 ÷ 2 = 36.4 mL; kits 1 × 45 + 2 × 15 = 75 mg;
// J9207 units ⌈72.8⌉ = 73; discarded 75 − 73 = 2 → J9207-JW × 2;
// final volume 72.8 ÷ 0.6 = 121.33… → 121.4 mL and 72.8 ÷ 0.2 = 364 mL.

test('170 cm, 70 kg, 40 mg/m²: dose, kits, J9207 × 73 and J9207-JW × 2 above the fold', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await test.step('Given the page is open on a tablet', async () => {
    await dosing.open();
    expect(page.viewportSize()).toEqual({ width: 768, height: 1024 });
    await expect(dosing.dose).toHaveValue('40');
    await expect(dosing.result).toContainText('Enter height, weight and dose');
  });

  await test.step('When I enter 170 cm and 70 kg (the dose is prefilled with 40 mg/m²)', async () => {
    await dosing.enter('170', '70');
  });

  await test.step('Then the dose, kits and billing units show at once, without a submit button', async () => {
    await expect(dosing.result).toContainText('72.8 mg');
    await expect(dosing.result).toContainText('36.4 mL');
    await expect(dosing.result).toContainText('1 × 45 mg + 2 × 15 mg');
    await expect(dosing.result).toContainText('121.4–364 mL');
    await expect(dosing.result).toContainText('1.82 m²');
    await expect(dosing.result.getByRole('listitem')).toHaveText(['J9207 × 73', 'J9207-JW × 2']);
    await expect(page.getByRole('button', { name: /submit|calculate/i })).toHaveCount(0);
  });

  await test.step('And they are all inside the first screen, with no scrolling', async () => {
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const text of ['72.8 mg', '1 × 45 mg + 2 × 15 mg', 'J9207 × 73', 'J9207-JW × 2']) {
      const box = await dosing.result.getByText(text).first().boundingBox();
      expect(box, text).not.toBeNull();
      expect((box?.y ?? 9999) + (box?.height ?? 0), `${text} ends above the fold`).toBeLessThanOrEqual(1024);
    }
  });

  await test.step('And one tap shows the work with each step and its source', async () => {
    await page.getByRole('button', { name: 'Show the work' }).click();
    const steps = page.getByRole('list', { name: 'Steps of the calculation' });
    await expect(steps).toContainText('√(H × W ÷ 3600) with H = 170 cm, W = 70 kg = 1.81812… m²');
    await expect(steps).toContainText('40 mg/m² × 1.82 m² = 72.8 mg');
    await expect(steps).toContainText('75 mg opened − 73 units given = 2');
    await expect(steps.getByText(/^Source:/)).toHaveCount(await steps.getByRole('listitem').count());
  });

  await test.step('And the claim lines table has Code, Modifier and Units, with revenue code 0636 on the UB-04', async () => {
    await expect(dosing.claimTable().getByRole('columnheader')).toHaveText([
      'Code',
      'Modifier',
      'Units',
      'Rev. code',
      'Description',
    ]);
    await expect
      .poll(() => dosing.claimRows())
      .toEqual([
        ['J9207', '—', '73', '0636'],
        ['J9207', 'JW', '2', '0636'],
      ]);
    await expect(dosing.claim().getByText('N470020191001 UN2')).toBeVisible();
    await expect(dosing.claim().getByText('confirm against the carton')).toBeVisible();
  });

  await test.step('When I add infusion times across midnight, the administration codes follow', async () => {
    await dosing.openOptional();
    // 22:30 → 01:30 is 180 minutes → 96413 × 1 + 96415 × 2
    await page.getByLabel('Start', { exact: true }).fill('22:30');
    await page.getByLabel('Stop', { exact: true }).fill('01:30');
    await expect(page.getByText('Infusion time: 180 min (3 h), past midnight.')).toBeVisible();
    await expect
      .poll(() => dosing.claimRows())
      .toEqual([
        ['J9207', '—', '73', '0636'],
        ['J9207', 'JW', '2', '0636'],
        ['96413', '—', '1', '—'],
        ['96415', '—', '2', '—'],
      ]);
  });

  await test.step('And the carton NDC for the 45 mg kit, typed with hyphens, is normalised to 5-4-2', async () => {
    await page.getByLabel('Carton NDC, 45 mg kit').fill('70020-1911-1');
    await expect(dosing.claim().getByText('N470020191101 UN1')).toBeVisible();
  });
});
