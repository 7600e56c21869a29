// Accessibility: axe (WCAG 2.2 AA tags) finds nothing on the dosing page in its main states.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DosingPageObject } from './dosing-page';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function scan(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe: empty, filled with everything open, invalid and on hold', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await test.step('Empty page', async () => {
    expect(await scan(page)).toEqual([]);
  });
  await test.step('Filled, optional inputs, work, settings and reference open', async () => {
    await dosing.enter('170', '70');
    await dosing.openOptional();
    await page.getByRole('radio', { name: 'Value and ULN' }).check({ force: true });
    await page.getByLabel('Start', { exact: true }).fill('09:00');
    await page.getByLabel('Stop', { exact: true }).fill('12:00');
    await page.getByRole('button', { name: 'Show the work' }).click();
    await page.getByRole('button', { name: 'Settings (institution policy)' }).click();
    // The settings load as they open and push the Reference button down: it is clicked once they are
    // there, not where it stood a moment before.
    await expect(page.getByLabel('BSA formula')).toBeVisible();
    await page.getByRole('button', { name: 'Reference: label facts and code descriptors' }).click();
    await expect(
      page.getByRole('table', { name: 'True descriptors of codes confused with J9207' }),
    ).toBeVisible();
    expect(await scan(page)).toEqual([]);
  });
  await test.step('Invalid entry and a stop check', async () => {
    await page.getByLabel('ANC (cells/mm³)').fill('900');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await scan(page)).toEqual([]);
    await dosing.weight.fill('abc');
    await dosing.weight.blur();
    await expect(dosing.weight).toHaveAttribute('aria-invalid', 'true');
    expect(await scan(page)).toEqual([]);
  });
});

test('keyboard only: every control is reachable and the focus is visible', async ({ page }) => {
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.height.focus();
  await page.keyboard.type('170');
  await page.keyboard.press('Tab'); // cm / in radio group
  await page.keyboard.press('Tab'); // Weight
  await expect(dosing.weight).toBeFocused();
  await page.keyboard.type('70');
  await expect(dosing.result).toContainText('72.8 mg');
  const outline = await dosing.weight.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  // The optional section opens from the keyboard.
  const optional = page.getByRole('button', { name: /Labs, interactions/ });
  await optional.focus();
  await page.keyboard.press('Enter');
  await expect(optional).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('ANC (cells/mm³)')).toBeVisible();
});

test('axe on a phone (390×844), where the claim table scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const dosing = new DosingPageObject(page);
  await dosing.open();
  await dosing.enter('170', '70');
  await dosing.openOptional();
  await page.getByLabel('Start', { exact: true }).fill('09:00');
  await page.getByLabel('Stop', { exact: true }).fill('12:00');
  await expect(dosing.claimTable()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await scan(page)).toEqual([]);
});
