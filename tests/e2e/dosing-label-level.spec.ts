// A dose-changing warning reaches the Result panel: at 768×1024, AST 3 × ULN and bilirubin
// 2 × ULN show "label: 20 mg/m²" beside the ordered dose without scrolling, with a link to the
// check. 170 cm, 70 kg → 1.82 m²; 20 mg/m² × 1.82 m² = 36.4 mg (the label's hepatic table:
// AST ≤ 10 × ULN, bilirubin > 1.5 and ≤ 3 × ULN → 20 mg/m²).
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

test.use({ viewport: { width: 768, height: 1024 } });

test('AST 3 × ULN and bilirubin 2 × ULN: "label: 20 mg/m²" in the Result panel, in view', async ({
  page,
}) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await expect(dosing.result).toContainText('72.8 mg');
  await dosing.openOptional();
  await page.getByLabel('AST (× ULN)').fill('3');
  await page.getByLabel('Bilirubin (× ULN)').fill('2');
  // The nurse looks up from the fields to the top of the page, as when she returns to the chair.
  await page.evaluate(() => window.scrollTo(0, 0));

  const level = dosing.result.getByRole('list', { name: 'Label-supported dose' });
  await expect(level).toContainText('label: 20 mg/m² = 36.4 mg');
  await expect(level).toContainText('hepatic table; ordered 40 mg/m²');
  await expect(level).toBeInViewport({ ratio: 1 });
  await expect(dosing.result).toContainText('72.8 mg');

  await level.getByRole('link', { name: 'See the check' }).click();
  await expect(page.locator('#check-hepatic-dose-reduction')).toContainText(
    "the label's starting dose is at most 20 mg/m²",
  );
  await expect(page.locator('#check-hepatic-dose-reduction')).toBeInViewport();
});

test('no labs entered is said in the Result panel', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await expect(dosing.result).toContainText('Labs before the cycle: not entered');
});
