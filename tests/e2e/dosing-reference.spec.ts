// With the reference data missing or malformed the page still calculates from the built-in label
// facts and says plainly what is unavailable.
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

// The service worker would answer from its cache; block it so the broken file reaches the page.
test.use({ serviceWorkers: 'block' });

for (const [name, fulfil] of [
  ['missing (404)', { status: 404, body: 'Not found' }],
  ['malformed', { status: 200, contentType: 'application/json', body: '{"version":1,"kits":"none"' }],
  ['valid JSON of the wrong shape', { status: 200, contentType: 'application/json', body: '{"version":2}' }],
] as const) {
  test(`reference data ${name}: still calculates, says what is unavailable`, async ({ page }) => {
    await page.route('**/data/j9207.json', (route) => route.fulfill(fulfil));
    const dosing = new DosingPageObject(page);
    await dosing.open();
    await expect(page.getByText('Reference data unavailable')).toBeVisible();
    await expect(page.getByText(/Unavailable: the kit NDCs/)).toBeVisible();
    await dosing.enter('170', '70');
    await expect(dosing.result).toContainText('72.8 mg');
    await expect(dosing.result.getByRole('listitem')).toHaveText(['J9207 × 73', 'J9207-JW × 2']);
    await expect(
      page.getByText('The reference NDCs are unavailable: type each NDC from the carton.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Reference: label facts and code descriptors' }).click();
    await expect(page.getByText(/^Unavailable: the reference file/)).toBeVisible();
    await expect(page.getByText(/Strong CYP3A4 inhibitor that cannot be avoided: 20 mg\/m²/)).toBeVisible();
  });
}

test('the reference panel shows the true descriptors from the data file', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await page.getByRole('button', { name: 'Reference: label facts and code descriptors' }).click();
  const table = page.getByRole('table', { name: 'True descriptors of codes confused with J9207' });
  await expect(table.getByRole('row', { name: /J9371/ })).toContainText(
    'Injection, vincristine sulfate liposome, 1 mg',
  );
  await expect(table.getByRole('row', { name: /J9262/ })).toContainText(
    'Injection, omacetaxine mepesuccinate, 0.01 mg',
  );
  await expect(table.getByRole('row', { name: /Q5107/ })).toContainText('bevacizumab-awwb');
  await expect(page.getByText(/RR is a DME rental modifier/)).toBeVisible();
});
