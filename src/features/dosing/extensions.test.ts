import { describe, expect, it } from 'vitest';
import type { Check } from '../../domain';
import { firstEntry, withTimingChecks } from './extensions';
import { dosingFormDefaults, evaluateDosingForm } from './form/dosing-form.resource';
import { defaultSettings } from './settings/settings';

const evaluation = evaluateDosingForm(
  { ...dosingFormDefaults('office'), height: '170', weight: '70' },
  { ...defaultSettings, bsaFormula: 'dubois', vialRoundingPercent: 10 },
);
const ok = evaluation.ok ? evaluation : undefined;

describe('firstEntry', () => {
  it('is the entry as calculated: measurements, ordered dose, the formula and rounding in force', () => {
    expect(firstEntry(ok)).toEqual({
      height: { value: 170, unit: 'cm' },
      weight: { value: 70, unit: 'kg' },
      doseMgPerM2: 40,
      bsaFormula: 'dubois',
      policy: { bsaDecimals: 2, doseDecimals: 1, vialRoundingPercent: 10 },
    });
    expect(firstEntry(undefined)).toBeUndefined();
  });
});

describe('withTimingChecks', () => {
  const stop: Check = { code: 'INFUSION_FINISH_LIMIT', severity: 'stop', message: 'past 6 hours' };
  it('adds timing checks to the result, stops first, without touching the original', () => {
    const before = ok?.result.checks.length ?? 0;
    const merged = withTimingChecks(ok, [stop]);
    expect(merged?.result.checks[0]).toBe(stop);
    expect(merged?.result.checks).toHaveLength(before + 1);
    expect(ok?.result.checks).toHaveLength(before);
  });
  it('returns the same evaluation when there is no timing check', () => {
    expect(withTimingChecks(ok, [])).toBe(ok);
    expect(withTimingChecks(undefined, [stop])).toBeUndefined();
  });
});
