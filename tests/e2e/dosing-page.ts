// Page object for the chair-side dosing page: the steps a nurse takes, by role and label.
import { expect, type Locator, type Page } from '@playwright/test';

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

  async open() {
    await this.page.goto('./');
    await expect(this.height).toBeVisible();
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
