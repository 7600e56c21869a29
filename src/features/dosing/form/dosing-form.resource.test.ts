import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/settings';
import {
  type DosingFormValues,
  dosingFormDefaults,
  evaluateDosingForm as evaluateWith,
} from './dosing-form.resource';

const evaluateDosingForm = (values: DosingFormValues, settings: Settings = defaultSettings) =>
  evaluateWith(values, settings);

const filled = (patch: Partial<DosingFormValues> = {}): DosingFormValues => ({
  ...dosingFormDefaults('hospital-outpatient'),
  height: '170',
  weight: '70',
  ...patch,
});

describe('evaluateDosingForm', () => {
  it('works out 170 cm, 70 kg, 40 mg/m²', () => {
    // √(170 × 70 ÷ 3600) = 1.818… → 1.82 m²; 40 × 1.82 = 72.8 mg → J9207 × 73, kits 45 + 15 + 15 = 75 → JW × 2
    const evaluation = evaluateDosingForm(filled());
    expect(evaluation.ok).toBe(true);
    if (!evaluation.ok) return;
    expect(evaluation.result.doseMg).toBe(72.8);
    expect(evaluation.result.billing.lines).toEqual([
      { hcpcs: 'J9207', modifiers: [], units: 73 },
      { hcpcs: 'J9207', modifiers: ['JW'], units: 2 },
    ]);
  });

  it('accepts a decimal comma', () => {
    // √(170 × 72.5 ÷ 3600) = √3.42361… = 1.85030… → 1.85 m²; 40 × 1.85 = 74 mg
    const evaluation = evaluateDosingForm(filled({ weight: '72,5' }));
    expect(evaluation.ok && evaluation.result.doseMg).toBe(74);
  });

  it('a weight typed with a letter O is refused before any calculation', () => {
    expect(evaluateWith(filled({ weight: '7O' }))).toEqual({
      ok: false,
      errors: { weight: 'Enter the weight in kg as a number, e.g. 70 or 72,5.' },
    });
  });

  it('asks for what is missing, per field, in plain words', () => {
    const evaluation = evaluateDosingForm(dosingFormDefaults('office'));
    expect(evaluation).toEqual({
      ok: false,
      errors: { height: 'Enter the height.', weight: 'Enter the weight.' },
    });
  });

  it('places the domain range errors on their fields', () => {
    // 170 in × 2.54 = 431.8 cm: outside 50–250 cm
    const evaluation = evaluateDosingForm(filled({ heightUnit: 'in' }));
    expect(evaluation.ok).toBe(false);
    if (evaluation.ok) return;
    expect(evaluation.errors.height).toMatch(/outside 50–250 cm — check the unit/);
  });

  it('converts liver values and their ULN to multiples exactly', () => {
    // bilirubin 1.8 ÷ 1.2 = 1.5 × ULN (not 1.5000000000000002); AST 100 ÷ 40 = 2.5; ALT 80 ÷ 40 = 2
    const evaluation = evaluateDosingForm(
      filled({
        liverEntry: 'value',
        ast: '100',
        astUln: '40',
        alt: '80',
        altUln: '40',
        bilirubin: '1,8',
        bilirubinUln: '1,2',
      }),
    );
    expect(evaluation.ok && evaluation.labs).toEqual({ astXUln: 2.5, altXUln: 2, bilirubinXUln: 1.5 });
  });

  it('asks for the ULN when only the value is given', () => {
    const evaluation = evaluateDosingForm(filled({ liverEntry: 'value', ast: '100' }));
    expect(!evaluation.ok && evaluation.errors.astUln).toMatch(/AST upper limit of normal/);
  });

  it('turns start and stop times into administration codes, across midnight', () => {
    // 22:30 → 01:30 = 180 min → 96413 × 1 + 96415 × 2
    const evaluation = evaluateDosingForm(filled({ infusionStart: '22:30', infusionStop: '01:30' }));
    expect(evaluation.ok && evaluation.result.billing.adminCodes).toEqual([
      { code: '96413', units: 1 },
      { code: '96415', units: 2 },
    ]);
  });

  it('asks for the other time when only one is given', () => {
    const evaluation = evaluateDosingForm(filled({ infusionStart: '09:00' }));
    expect(!evaluation.ok && evaluation.errors.infusionStop).toMatch(/stop time too/);
  });

  it('refuses a count typed in 10³/µL', () => {
    const evaluation = evaluateDosingForm(filled({ anc: '1,5' }));
    expect(!evaluation.ok && evaluation.errors.anc).toMatch(/whole number/);
  });

  it('adds the 340B modifier from the settings', () => {
    const evaluation = evaluateDosingForm(filled({ acquired340B: true }), {
      ...defaultSettings,
      modifier340B: 'TB',
    });
    expect(evaluation.ok && evaluation.result.billing.lines.map((l) => l.modifiers)).toEqual([
      ['TB'],
      ['JW', 'TB'],
    ]);
  });

  it('applies the institution policy from the settings', () => {
    // 10% vial rounding: 72.8 mg → 75 mg (2.2 mg = 3.0% away) → J9207-JZ × 75
    const evaluation = evaluateDosingForm(filled(), { ...defaultSettings, vialRoundingPercent: 10 });
    expect(evaluation.ok && evaluation.result.billing.lines).toEqual([
      { hcpcs: 'J9207', modifiers: ['JZ'], units: 75 },
    ]);
  });
});
