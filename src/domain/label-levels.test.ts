// The dose levels the label supports beside the ordered one, and the volume, bag and rate: values
// worked out by hand from the label's numbers.
import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import type { CalculationInput, CalculationSuccess } from './types';

const base: CalculationInput = {
  height: { value: 170, unit: 'cm' },
  weight: { value: 70, unit: 'kg' },
  doseMgPerM2: 40,
};
function ok(input: Partial<CalculationInput>): CalculationSuccess {
  const result = calculate({ ...base, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('label levels beside the ordered dose', () => {
  it('AST 3 × ULN, ALT 3, bilirubin 2 × ULN: hepatic table 20 mg/m² = 36.4 mg on 1.82 m²', () => {
    // 20 × 1.82 = 36.4 mg.
    const r = ok({ labs: { astXUln: 3, altXUln: 3, bilirubinXUln: 2 } });
    expect(r.supportedDoses).toEqual([
      expect.objectContaining({ reason: 'hepatic table', text: '20 mg/m²', doseMg: 36.4 }),
    ]);
  });
  it('a strong CYP3A4 inhibitor: 20 mg/m²; an inducer: up to 60 mg/m² = 109.2 mg', () => {
    expect(ok({ strongCyp3a4Inhibitor: true }).supportedDoses).toEqual([
      expect.objectContaining({ reason: 'strong CYP3A4 inhibitor', text: '20 mg/m²', doseMg: 36.4 }),
    ]);
    // 60 × 1.82 = 109.2 mg.
    expect(ok({ strongCyp3a4Inducer: true }).supportedDoses).toEqual([
      expect.objectContaining({ text: 'up to 60 mg/m²', doseMg: 109.2 }),
    ]);
  });
  it('45 mg/m² ordered without an inducer: the label dose, 40 mg/m² = 72.8 mg', () => {
    expect(ok({ doseMgPerM2: 45 }).supportedDoses).toEqual([
      expect.objectContaining({ reason: 'label dose', text: '40 mg/m²', doseMg: 72.8 }),
    ]);
  });
  it('bilirubin above 3 × ULN: hold, no mg', () => {
    const [level] = ok({ labs: { bilirubinXUln: 3.5 } }).supportedDoses ?? [];
    expect(level).toMatchObject({ text: 'hold', level: { kind: 'hold' } });
    expect(level?.doseMg).toBeUndefined();
  });
  it('no dose-changing check: no level; 20 mg/m² ordered with an inhibitor: none either', () => {
    expect(ok({}).supportedDoses).toEqual([]);
    expect(ok({ doseMgPerM2: 20, strongCyp3a4Inhibitor: true }).supportedDoses).toEqual([]);
  });
});

describe('volume to 0.1 mL, bag and rate', () => {
  it('57.3 mg → 28.65 mL exactly, half-up to 28.7 mL', () => {
    // 170 cm, 70 kg → 1.82 m²; 31.5 mg/m² × 1.82 = 57.33 → 57.3 mg; 57.3 ÷ 2 = 28.65.
    const r = ok({ doseMgPerM2: 31.5 });
    expect(r.doseMg).toBe(57.3);
    expect(r.volumeExactMl).toBe('28.65');
    expect(r.volumeMl).toBe(28.7);
  });
  it('72.8 mg: 250 mL bag, 286.4 mL at 0.25 mg/mL, 95.5 mL/h over the label 3 hours', () => {
    // 72.8 ÷ (250 + 36.4) = 0.2542 mg/mL; 286.4 mL ÷ 3 h = 95.466… → 95.5 mL/h.
    expect(ok({}).infusion).toEqual({
      bagMl: 250,
      totalMl: 286.4,
      concentrationMgPerMl: 0.25,
      minutes: 180,
      minutesFrom: 'label',
      rateMlPerHour: 95.5,
    });
  });
  it('an inducer: 4 hours by default; an ordered time wins', () => {
    // 286.4 ÷ 4 = 71.6 mL/h; over 200 min: 286.4 × 60 ÷ 200 = 85.92 → 85.9 mL/h.
    expect(ok({ strongCyp3a4Inducer: true }).infusion?.rateMlPerHour).toBe(71.6);
    expect(ok({ orderedInfusionMinutes: 200 }).infusion).toMatchObject({
      minutes: 200,
      minutesFrom: 'order',
      rateMlPerHour: 85.9,
    });
  });
  it('an ordered time in part minutes is refused', () => {
    const r = calculate({ ...base, orderedInfusionMinutes: 180.5 });
    expect(r.ok).toBe(false);
  });
  it('a small dose no bag keeps at 0.2 mg/mL or more: no bag, no rate', () => {
    // 10 mg/m² × 1.82 = 18.2 mg; 18.2 ÷ (250 + 9.1) = 0.07 mg/mL < 0.2.
    const r = ok({ doseMgPerM2: 10 });
    expect(r.infusion?.bagMl).toBeUndefined();
    expect(r.infusion?.rateMlPerHour).toBeUndefined();
    expect(r.steps?.find((s) => s.id === 'bag-rate')?.result).toBe('no standard bag');
  });
});

describe("the level after last cycle's toxicity reaches the Result panel", () => {
  // Worked by hand: 170 cm, 70 kg → Mosteller √(170 × 70 ÷ 3600) = 1.8181… → 1.82 m²;
  // last cycle 40 mg/m², grade 2 neuropathy for 7 days → 40 × 0.8 = 32 mg/m²; 32 × 1.82 = 58.24 → 58.2 mg.
  it('40 ordered after grade 2 neuropathy for 7 days: label 32 mg/m² = 58.2 mg', () => {
    const r = calculate({
      height: { value: 170, unit: 'cm' },
      weight: { value: 70, unit: 'kg' },
      doseMgPerM2: 40,
      toxicity: {
        previousDoseMgPerM2: 40,
        neuropathyGrade: 2,
        neuropathy7DaysOrMore: true,
        nonhematologicRecovered: true,
      },
    });
    expect(r.ok && r.supportedDoses).toEqual([
      expect.objectContaining({ checkCode: 'TOXICITY_DOSE_REDUCTION', text: '32 mg/m²', doseMg: 58.2 }),
    ]);
  });
});
