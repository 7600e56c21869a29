// The plain recovery path in the real browser: when a part of the app cannot be loaded (here the
// audit view's chunk, blocked), the page says so in words and "Start again" brings the app back with
// the institution settings kept.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixClock } from './dosing-page';

// Without a service worker, so the blocked request is not answered from the offline cache.
test.use({ serviceWorkers: 'block' });

test('a part that cannot be loaded gives a plain message and Start again recovers', async ({ page }) => {
  const settings = JSON.stringify({
    bsaFormula: 'dubois',
    bsaDecimals: 2,
    doseDecimals: 1,
    vialRoundingPercent: 0,
    ndcQualifier: 'UN',
    modifier340B: 'JG',
    defaultSiteOfCare: 'hospital-outpatient',
  });

  await test.step('Given the app is open with saved settings', async () => {
    await fixClock(page);
    await page.goto('./');
    await page.evaluate((value) => localStorage.setItem('j9207.settings.v1', value), settings);
  });

  await test.step('When the audit view cannot be downloaded', async () => {
    await page.route(/\/assets\/audit-page-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Audit', exact: true }).click();
  });

  await test.step('Then the page says so plainly, with one way out', async () => {
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expect(page.getByText('Your institution settings are kept.')).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]);
  });

  await test.step('And Start again brings the calculator back, settings unchanged', async () => {
    await page.unroute(/\/assets\/audit-page-[^/]+\.js$/);
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.getByLabel('Height', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('j9207.settings.v1'))).toBe(settings);
    await page.getByRole('button', { name: 'Audit', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  });
});
