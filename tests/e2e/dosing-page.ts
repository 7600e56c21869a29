// Page object for the chair-side dosing page: the steps a nurse takes, by role and label.
import { expect, type Locator, type Page } from '@playwright/test';

/** The browser's clock in every dosing test unless it says otherwise: 27 November 2026, 10:30 local. */
export const defaultNow = new Date(2026, 10, 27, 10, 30);

/**
 * Fixes the page's clock (Date.now and new Date()) at `at`; timers still run. Call before the
 * page loads. The browser and this test share the host's time zone, so `at` is its local time.
 */
export async function fixClock(page: Page, at: Date = defaultNow) {
  await page.clock.setFixedTime(at);
}

export class DosingPageObject {
  readonly height: Locator;
  readonly weight: Locator;
  readonly dose: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.height = page.getByLabel('Height', { exact: true });
    this.weight = page.getByLabel('Weight', { exact: true });
    this.dose = page.getByLabel('Dose (mg/m²)');
    this.result = page.getByRole('region', { name: 'Result' });
  }

  /** Opens the page with the browser's clock fixed at `at` (the time limits, note and worksheet show it). */
  async open(at: Date = defaultNow) {
    await fixClock(this.page, at);
    await this.page.goto('./');
    await expect(this.height).toBeVisible();
    // The prerendered page keeps its controls disabled (a disabled fieldset around them) until React
    // has hydrated it: keyboard steps (focus, Tab) do not wait for that the way fill and click do.
    // A control is checked, not the fieldset: Playwright counts a fieldset's own `disabled` only for
    // the controls inside it.
    await expect(this.height).toBeEnabled();
  }

  async enter(height: string, weight: string, units?: { height?: 'cm' | 'in'; weight?: 'kg' | 'lb' }) {
    if (units?.height) await this.unit('Height unit', units.height).click();
    if (units?.weight) await this.unit('Weight unit', units.weight).click();
    await this.height.fill(height);
    await this.weight.fill(weight);
  }

  async openOptional() {
    const button = this.page.getByRole('button', { name: /Labs, interactions, infusion times, billing/ });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  /** The visible segment (label) of a unit radio group. */
  unit(group: 'Height unit' | 'Weight unit', unit: string) {
    return this.page.getByRole('group', { name: group }).getByText(unit, { exact: true });
  }

  claim() {
    return this.page.getByRole('region', { name: 'Suggested claim' });
  }

  claimTable() {
    return this.page.getByRole('table', { name: /^Claim lines/ });
  }

  /** The rows of the claim table as [code, modifier, units, detail]. */
  async claimRows(): Promise<string[][]> {
    const rows = this.claimTable().locator('tbody tr');
    const count = await rows.count();
    const out: string[][] = [];
    for (let i = 0; i < count; i += 1) {
      const cells = rows.nth(i).locator('th, td');
      out.push((await cells.allInnerTexts()).slice(0, 4).map((t) => t.trim()));
    }
    return out;
  }
}
