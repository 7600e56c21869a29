// Page object for the coder's audit view.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export class AuditPageObject {
  constructor(readonly page: Page) {}

  async open() {
    // The audit date comes from the device clock: fix it (a date of service after it is flagged).
    await this.page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
    await this.page.goto('./');
    await this.page.getByRole('button', { name: 'Audit', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Claim audit' })).toBeVisible();
  }

  /** 72.8 mg given from 1 × 45 + 2 × 15 = 75 mg, 2.2 mg discarded, 09:00–12:00 (180 min). */
  async documentWorkedExample() {
    const p = this.page;
    await p.getByLabel('Date of service').fill('2026-11-27');
    await p.getByLabel('Dose given (mg)').fill('72.8');
    await p.getByLabel('45 mg kits opened').fill('1');
    await p.getByLabel('15 mg kits opened').fill('2');
    await p.getByLabel('Amount discarded (mg)').fill('2.2');
    await p.getByLabel('Infusion start').fill('09:00');
    await p.getByLabel('Infusion stop').fill('12:00');
  }

  /** Replaces the billed lines with these [code, modifiers, units]. */
  async bill(lines: [string, string, string][]) {
    const p = this.page;
    while ((await p.getByRole('button', { name: /^Remove line / }).count()) > 0) {
      await p
        .getByRole('button', { name: /^Remove line / })
        .first()
        .click();
    }
    for (const [i, [code, modifiers, units]] of lines.entries()) {
      await p.getByRole('button', { name: 'Add a line' }).click();
      await p.getByLabel(`Line ${i + 1} code`).fill(code);
      await p.getByLabel(`Line ${i + 1} modifiers`).fill(modifiers);
      await p.getByLabel(`Line ${i + 1} units`).fill(units);
    }
  }

  async audit() {
    await this.page.getByRole('button', { name: 'Audit claim' }).click();
    await expect(this.page.getByRole('heading', { name: 'Audit result' })).toBeVisible();
  }

  async axe(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).include('main').withTags(tags).analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /** Visible controls in the audit view smaller than 44 × 44 px (checkboxes and radios: their label). */
  async smallTargets(): Promise<string[]> {
    return this.page.evaluate(() => {
      const small: string[] = [];
      const root = document.querySelector('.audit-page');
      if (!root) return ['no audit view'];
      for (const el of root.querySelectorAll<HTMLElement>('button, input, select, summary, a[href]')) {
        const target =
          el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
            ? el.closest('label')
            : el;
        if (!target || target.closest('[hidden]')) continue;
        const box = target.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.height < 44 || box.width < 44) {
          small.push(
            `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.id}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
        }
      }
      return small;
    });
  }
}
