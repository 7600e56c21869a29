// The optional weight at the last BSA calculation: typed text → previousWeight in the
// calculation input → WEIGHT_CHANGE at a change of 10% or more.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/settings';
import { type DosingFormValues, dosingFormDefaults, evaluateDosingForm } from './dosing-form.resource';

const filled = (patch: Partial<DosingFormValues> = {}): DosingFormValues => ({
  ...dosingFormDefaults('hospital-outpatient'),
  height: '170',
  weight: '70',
  ...patch,
});
const evaluate = (patch: Partial<DosingFormValues>) => evaluateDosingForm(filled(patch), defaultSettings);
const weightChange = (patch: Partial<DosingFormValues>) => {
  const evaluation = evaluate(patch);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors));
  return evaluation.result.checks.find((c) => c.code === 'WEIGHT_CHANGE');
};

describe('weight at the last BSA calculation', () => {
  it('left empty: no previous weight goes to the calculation', () => {
    const evaluation = evaluate({});
    expect(evaluation.ok && evaluation.input.previousWeight).toBeUndefined();
  });

  it('80 kg before, 70 kg now: 10 ÷ 80 = 12.5% → WEIGHT_CHANGE', () => {
    expect(weightChange({ previousWeight: '80' })?.message).toMatch(/Weight changed by 12.5%/);
  });

  it('accepts a decimal comma and pounds: 77,7 kg → 70 kg is 7.7 ÷ 77.7 = 9.9%, no check', () => {
    expect(weightChange({ previousWeight: '77,7' })).toBeUndefined();
    // 170 lb × 0.45359237 = 77.11 kg; (77.11 − 70) ÷ 77.11 = 9.2%: no check. 180 lb = 81.65 kg → 14.3%.
    expect(weightChange({ previousWeight: '170', previousWeightUnit: 'lb' })).toBeUndefined();
    expect(weightChange({ previousWeight: '180', previousWeightUnit: 'lb' })?.message).toMatch(
      /Weight changed by 14.3%/,
    );
  });

  it('says what is wrong on its own field, keeping what was typed', () => {
    const evaluation = evaluate({ previousWeight: '8o' });
    expect(evaluation.ok).toBe(false);
    if (!evaluation.ok)
      expect(evaluation.errors.previousWeight).toBe(
        'Enter the previous weight in kg as a number, e.g. 70 or 72,5.',
      );
    const outOfRange = evaluate({ previousWeight: '10' });
    if (!outOfRange.ok) expect(outOfRange.errors.previousWeight).toMatch(/outside 20–350 kg/);
    expect(outOfRange.ok).toBe(false);
  });
});
