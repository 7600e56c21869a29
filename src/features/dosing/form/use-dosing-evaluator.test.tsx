// The page evaluates the form once per keystroke (the resolver's answer is reused for the live
// result), and the first screen's evaluation before the core loads lists what the core lists.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as domain from '../../../domain';
import { defaultSettings } from '../settings/settings';
import { evaluateDosingForm } from './dosing-form.resource';
import { type DosingFormValues, dosingFormDefaults, missingRequiredEntries } from './dosing-form-values';

vi.mock('../../../domain', async (importOriginal) => {
  const actual = await importOriginal<typeof domain>();
  return { ...actual, calculate: vi.fn(actual.calculate) };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('one evaluation per keystroke', () => {
  it('typing a digit into a touched Weight field runs calculate() once, not once for the resolver and once for the result', async () => {
    // Fresh modules, so the page's calculation core is the one with the counted calculate().
    vi.resetModules();
    // Everything the page loads on first use, loaded first (as src/testing/setup.ts does for the
    // shared modules) and one after the other (the mocked module is then made once): nothing
    // arrives later to re-render the page with a new evaluation.
    await (await import('./use-dosing-evaluator')).loadDosingCore();
    await (await import('../results/live-result')).resultSummary.load();
    await (await import('./unit-measurement-field')).measurementUnits.load();
    await (await import('../settings/use-settings')).settingsStore.load();
    const { renderDosingPage } = await import('../testing/render-dosing-page');
    const counted = await import('../../../domain');
    const { user } = renderDosingPage();
    await user.type(screen.getByLabelText('Height', { exact: true }), '170');
    await user.type(screen.getByLabelText('Weight', { exact: true }), '7');
    // Leave and come back: the field is touched, so the resolver validates every change from now on.
    await user.tab();
    await user.click(screen.getByLabelText('Weight', { exact: true }));
    const calculate = vi.mocked(counted.calculate);
    calculate.mockClear();
    await user.keyboard('0');
    expect(screen.getByLabelText('Weight', { exact: true })).toHaveValue('70');
    expect(calculate).toHaveBeenCalledTimes(1);
    // 170 cm, 70 kg, 40 mg/m²: BSA 1.82 m² by hand (see dosing-page.test.tsx), dose 72.8 mg.
    expect(screen.getByRole('region', { name: 'Result' })).toHaveTextContent('72.8');
  });
});

describe('before the calculation core has loaded', () => {
  const blanks: Partial<DosingFormValues>[] = [
    {},
    { height: '170' },
    { weight: '70' },
    { height: '170', weight: '70', dose: '' },
    { height: ' ', weight: '70' },
  ];
  it.each(blanks)('the waiting list for %o is the one the schema gives', (patch) => {
    const values = { ...dosingFormDefaults('office'), ...patch };
    const full = evaluateDosingForm(values, defaultSettings);
    expect(full.ok).toBe(false);
    expect(missingRequiredEntries(values)).toEqual(full.ok ? {} : full.errors);
  });
});

describe('a field left before the calculation core has arrived', () => {
  it('shows its full check under the field once the core is there (7 kg: outside the range)', async () => {
    vi.resetModules();
    // The core's chunk held back until released: Weight is typed and left while only the first
    // screen's check (is it filled in?) can run.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.doMock('./dosing-form.resource', async (importOriginal) => {
      await held;
      return importOriginal();
    });
    try {
      const { renderDosingPage } = await import('../testing/render-dosing-page');
      const { user } = renderDosingPage();
      const weight = screen.getByLabelText('Weight', { exact: true });
      await user.type(screen.getByLabelText('Height', { exact: true }), '170');
      await user.type(weight, '7');
      await user.tab();
      // Filled in, so the first screen's check has nothing to say under the field.
      expect(weight).not.toHaveAttribute('aria-invalid');
      release();
      // The accepted weights are 20–350 kg (docs/reference.md): 7 kg is refused, under the field too.
      expect(
        await screen.findByText(/Weight 7 kg is outside 20–350 kg/, { selector: '.field__error' }),
      ).toBeVisible();
      expect(weight).toHaveAttribute('aria-invalid', 'true');
    } finally {
      vi.doUnmock('./dosing-form.resource');
    }
  });
});
