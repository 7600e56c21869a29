// The cycle-day form fields read into calculate()'s input: counts as typed ("24,999"), boundaries
// on both sides, and errors placed on the field a nurse corrects. Values worked by hand:
// 170 cm, 70 kg, 40 mg/m² → 72.8 mg; a reduction from 40 mg/m² supports 40 × 0.8 = 32 mg/m².
import { describe, expect, it } from 'vitest';
import { type DosingFormValues, dosingFormDefaults, evaluateDosingForm } from './dosing-form.resource';

const base: DosingFormValues = { ...dosingFormDefaults('office'), height: '170', weight: '70' };

function supported(patch: Partial<DosingFormValues>) {
  const e = evaluateDosingForm({ ...base, lastDose: '40', ...patch });
  if (!e.ok) throw new Error(JSON.stringify(e.errors));
  return e.result.toxicity?.supportedDoseMgPerM2;
}

function errorsOf(patch: Partial<DosingFormValues>) {
  const e = evaluateDosingForm({ ...base, ...patch });
  return e.ok ? {} : e.errors;
}

describe('Since the last cycle, typed', () => {
  it.each([
    ['24,999', false, 32],
    ['25,000', false, 40],
    ['49 999', true, 32],
    ['49,999', false, 40],
  ] as const)('lowest platelets %s, bleeding %s → %i mg/m²', (platelets, bleeding, expected) => {
    expect(supported({ lowestPlatelets: platelets, bleeding })).toBe(expected);
  });

  it.each([
    ['499', '7', 32],
    ['499', '6', 40],
    ['500', '', 40],
  ] as const)('lowest ANC %s for %s days → %i mg/m²', (anc, days, expected) => {
    expect(supported({ lowestAnc: anc, ancDaysBelow500: days })).toBe(expected);
  });

  it('grade 2 for 6 vs 7 days; grade 3 for 7 days is discontinue (null)', () => {
    expect(supported({ neuropathyGrade: '2', neuropathyDays: '6' })).toBe(40);
    expect(supported({ neuropathyGrade: '2', neuropathyDays: '7' })).toBe(32);
    expect(supported({ neuropathyGrade: '3', neuropathyDays: '7' })).toBeNull();
  });

  it('left empty, no assessment at all', () => {
    const e = evaluateDosingForm(base);
    expect(e.ok && e.result.toxicity).toBeUndefined();
  });

  it('answers without the last dose ask for it; missing days land on their fields', () => {
    expect(errorsOf({ febrileNeutropenia: true }).lastDose).toMatch(/last cycle's dose/);
    expect(errorsOf({ lastDose: '40', neuropathyGrade: '3' }).neuropathyDays).toMatch(/how many days/);
    expect(errorsOf({ lastDose: '40', lowestAnc: '499' }).ancDaysBelow500).toMatch(/how many days/);
    expect(errorsOf({ lastDose: '70' }).lastDose).toMatch(/at most 60/);
  });
});

describe('kits on hand and opened, typed', () => {
  it('45 mg only → 2 × 45 mg; kits opened blank beside a count mean 0', () => {
    const e = evaluateDosingForm({ ...base, kitSizes: '45' });
    expect(e.ok && e.result.vials).toEqual([{ strengthMg: 45, count: 2 }]);
    const opened = evaluateDosingForm({ ...base, kitsOpened45: '2' });
    expect(opened.ok && opened.result.billing.discardedUnits).toBe(17);
  });

  it('a count that is not whole is an error on its field', () => {
    expect(errorsOf({ kitsOpened15: '1.5' }).kitsOpened15).toMatch(/whole number/);
  });
});
