// The label's dose-modification table: each rule on both sides of its boundary, values by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import { dec } from './decimal';
import { holdStatus } from './hold';
import { assessToxicity, type ToxicityObservations, toxicityFromObservations } from './toxicity';
import type { CalculationInput, CalculationSuccess, ToxicityInput } from './types';

const patient: CalculationInput = {
  height: { value: 170, unit: 'cm' },
  weight: { value: 70, unit: 'kg' },
  doseMgPerM2: 40,
};

function ok(input: Partial<CalculationInput>): CalculationSuccess {
  const result = calculate({ ...patient, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const level = (t: ToxicityInput, ordered = 40) =>
  assessToxicity(t, dec(ordered)).assessment.supportedDoseMgPerM2;
const codes = (t: ToxicityInput, ordered = 40) => assessToxicity(t, dec(ordered)).checks.map((c) => c.code);

function observed(o: Omit<ToxicityObservations, 'previousDoseMgPerM2'>): ToxicityInput {
  const read = toxicityFromObservations({ previousDoseMgPerM2: 40, ...o });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.toxicity;
}

describe("calculate — the issue's toxicity cases", () => {
  it('last cycle 40 mg/m², grade 2 neuropathy ≥ 7 days, 40 ordered: warning, supported 32 mg/m²', () => {
    // 40 × 0.8 = 32.
    const r = ok({ toxicity: { previousDoseMgPerM2: 40, neuropathyGrade: 2, neuropathy7DaysOrMore: true } });
    expect(r.toxicity?.supportedDoseMgPerM2).toBe(32);
    const warning = r.checks.find((c) => c.code === 'TOXICITY_DOSE_REDUCTION');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('40 mg/m² × 0.8 = 32 mg/m²');
    expect(warning?.source).toContain('IXEMPRA prescribing information, section 2');
    expect(r.steps?.find((s) => s.id === 'toxicity')?.result).toBe('32 mg/m² supported by the label');
  });

  it('last cycle 32 mg/m² with febrile neutropenia: 25.6 mg/m², exactly (32 × 0.8 = 25.6)', () => {
    const r = ok({ doseMgPerM2: 32, toxicity: { previousDoseMgPerM2: 32, febrileNeutropenia: true } });
    expect(r.toxicity?.supportedDoseMgPerM2).toBe(25.6);
    expect(r.toxicity?.reasons.join(' ')).toContain('The prescriber sets the level');
    expect(r.checks.map((c) => c.code)).toContain('TOXICITY_DOSE_REDUCTION');
  });

  it('grade 3 neuropathy ≥ 7 days: the discontinue stop, and the claim lines are on hold', () => {
    const r = ok({ toxicity: { previousDoseMgPerM2: 40, neuropathyGrade: 3, neuropathy7DaysOrMore: true } });
    expect(r.toxicity?.supportedDoseMgPerM2).toBeNull();
    const stop = r.checks[0];
    expect(stop).toMatchObject({ code: 'TOXICITY_DISCONTINUE', severity: 'stop' });
    expect(stop?.source).toContain('IXEMPRA prescribing information, section 2');
    // A stop holds every claim line (hold.ts): J9207 × 73 and J9207-JW × 2 are shown on hold.
    expect(holdStatus(r.checks)).toMatchObject({ onHold: true, label: 'ON HOLD — prescriber contacted?' });
  });

  it('ordering the supported level (32 after grade 2 ≥ 7 days) raises no warning', () => {
    const r = ok({
      doseMgPerM2: 32,
      toxicity: { previousDoseMgPerM2: 40, neuropathyGrade: 2, neuropathy7DaysOrMore: true },
    });
    expect(r.checks.map((c) => c.code)).not.toContain('TOXICITY_DOSE_REDUCTION');
  });

  it('the exact chain 40 → 32 → 25.6 → 20.48 (no float drift)', () => {
    expect(level({ previousDoseMgPerM2: 40, otherGrade3: true })).toBe(32);
    expect(level({ previousDoseMgPerM2: 32, otherGrade3: true })).toBe(25.6);
    expect(level({ previousDoseMgPerM2: 25.6, otherGrade3: true })).toBe(20.48);
  });
});

describe('neuropathy: 6 vs 7 days, grade 2 vs 3', () => {
  it.each([
    // [grade, days, supported level, check codes]
    [2, 6, 40, []], // grade 2, < 7 days: no change
    [2, 7, 32, ['TOXICITY_DOSE_REDUCTION']], // grade 2, ≥ 7 days: 40 × 0.8
    [3, 6, 32, ['TOXICITY_DOSE_REDUCTION']], // grade 3, < 7 days: 40 × 0.8
    [3, 7, null, ['TOXICITY_DISCONTINUE']], // grade 3, ≥ 7 days: discontinue
    [1, 30, 40, []], // grade 1: not in the table
    [4, 1, null, ['TOXICITY_DISCONTINUE']], // grade 4 is a grade 4 toxicity
  ] as const)('grade %i for %i days → %s', (grade, days, expected, expectedCodes) => {
    const t = observed({ neuropathyGrade: grade, neuropathyDays: days });
    expect(level(t)).toBe(expected);
    expect(codes(t)).toEqual(expectedCodes);
  });

  it('disabling neuropathy discontinues whatever the grade and days', () => {
    expect(
      level({
        previousDoseMgPerM2: 40,
        neuropathyGrade: 2,
        neuropathy7DaysOrMore: false,
        neuropathyDisabling: true,
      }),
    ).toBeNull();
  });

  it('grade 2 or 3 without the duration asks for it (the dose depends on it)', () => {
    const read = toxicityFromObservations({ previousDoseMgPerM2: 40, neuropathyGrade: 3 });
    expect(read.ok).toBe(false);
    const result = calculate({ ...patient, toxicity: { previousDoseMgPerM2: 40, neuropathyGrade: 2 } });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['toxicity.neuropathy7DaysOrMore']);
  });
});

describe('counts: 499/500 neutrophils, 24,999/25,000 platelets, 49,999 with and without bleeding', () => {
  it.each([
    [499, 7, 32], // below 500 for 7 days: reduce
    [500, undefined, 40], // 500 is not below 500
    [499, 6, 40], // below 500 for 6 days: no change
  ] as const)('lowest ANC %i for %s days → %i mg/m²', (anc, days, expected) => {
    const t = observed({ lowestAncPerMm3: anc, ...(days === undefined ? {} : { ancDaysBelow500: days }) });
    expect(level(t)).toBe(expected);
  });

  it('ANC below 500 without its days is an error on the days field', () => {
    const read = toxicityFromObservations({ previousDoseMgPerM2: 40, lowestAncPerMm3: 499 });
    expect(read.ok ? [] : read.errors.map((e) => e.field)).toEqual(['ancDaysBelow500']);
  });

  it.each([
    [24_999, false, 32], // < 25,000: reduce
    [25_000, false, 40], // not < 25,000, no bleeding: no change
    [49_999, true, 32], // < 50,000 with bleeding: reduce
    [49_999, false, 40], // < 50,000 without bleeding: no change
    [50_000, true, 40], // not < 50,000 even with bleeding
  ] as const)('lowest platelets %i, bleeding %s → %i mg/m²', (platelets, bleeding, expected) => {
    expect(level(observed({ lowestPlateletsPerMm3: platelets, bleeding }))).toBe(expected);
  });
});

describe('other rows', () => {
  it('another grade 3 toxicity reduces; any grade 4 discontinues; febrile neutropenia reduces', () => {
    expect(level({ previousDoseMgPerM2: 40, otherGrade3: true })).toBe(32);
    expect(level({ previousDoseMgPerM2: 40, anyGrade4: true })).toBeNull();
    expect(level({ previousDoseMgPerM2: 40, febrileNeutropenia: true })).toBe(32);
  });

  it('two reasons together still take one 20% step (40 → 32)', () => {
    expect(level({ previousDoseMgPerM2: 40, febrileNeutropenia: true, plateletsBelow25k: true })).toBe(32);
  });

  it('not recovered to grade 1 or less is a stop; recovered is not', () => {
    expect(codes({ previousDoseMgPerM2: 40, nonhematologicRecovered: false })).toEqual(['NOT_RECOVERED']);
    expect(codes({ previousDoseMgPerM2: 40, nonhematologicRecovered: true })).toEqual([]);
  });

  it('nothing in the table and a dose above last cycle: no level invented, the prescriber decides', () => {
    const a = assessToxicity({ previousDoseMgPerM2: 32, nonhematologicRecovered: true }, dec(40));
    expect(a.assessment.supportedDoseMgPerM2).toBe(32);
    expect(a.checks).toEqual([]);
    expect(a.assessment.reasons.join(' ')).toContain("prescriber's choice");
  });

  it('a bad last-cycle dose is an error on its field, never a throw', () => {
    for (const bad of [0, -40, 61, Number.NaN, '40', null]) {
      const result = calculate({ ...patient, toxicity: { previousDoseMgPerM2: bad } });
      expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['toxicity.previousDoseMgPerM2']);
    }
  });
});

describe('property', () => {
  const toxicity = fc.record(
    {
      previousDoseMgPerM2: fc.integer({ min: 1, max: 600 }).map((tenths) => tenths / 10),
      neuropathyGrade: fc.constantFrom(0, 1, 2, 3, 4),
      neuropathy7DaysOrMore: fc.boolean(),
      neuropathyDisabling: fc.boolean(),
      otherGrade3: fc.boolean(),
      anyGrade4: fc.boolean(),
      neutrophilsBelow500For7Days: fc.boolean(),
      febrileNeutropenia: fc.boolean(),
      plateletsBelow25k: fc.boolean(),
      plateletsBelow50kWithBleeding: fc.boolean(),
      nonhematologicRecovered: fc.boolean(),
    },
    { requiredKeys: ['previousDoseMgPerM2', 'neuropathyGrade', 'neuropathy7DaysOrMore'] },
  );

  it("the supported level is never above the last cycle's", () => {
    fc.assert(
      fc.property(toxicity, fc.integer({ min: 1, max: 60 }), (t, ordered) => {
        const supported = level(t as ToxicityInput, ordered);
        return supported === null || dec(supported).lessThanOrEqualTo(dec(t.previousDoseMgPerM2));
      }),
    );
  });
});

describe('a reduced level explains an order below the label levels', () => {
  // Worked by hand: 40 → 32 → 25.6 → 20.48 mg/m² after a fourth reduction (25.6 × 0.8 = 20.48);
  // 20.48 is not below 20, so take one more: 20.48 × 0.8 = 16.384 mg/m², below every label level.
  const base = { height: { value: 170, unit: 'cm' }, weight: { value: 70, unit: 'kg' } } as const;
  it('16.384 mg/m² after febrile neutropenia at 20.48 raises no below-levels warning', () => {
    const r = calculate({
      ...base,
      doseMgPerM2: 16.384,
      toxicity: { previousDoseMgPerM2: 20.48, febrileNeutropenia: true, nonhematologicRecovered: true },
    });
    expect(r.ok && r.checks.map((c) => c.code)).not.toContain('DOSE_BELOW_LABEL_LEVELS');
  });
  it('the same order with no toxicity history is below every label level', () => {
    const r = calculate({ ...base, doseMgPerM2: 16.384 });
    expect(r.ok && r.checks.map((c) => c.code)).toContain('DOSE_BELOW_LABEL_LEVELS');
  });
});
