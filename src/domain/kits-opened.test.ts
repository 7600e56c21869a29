// Kit sizes on hand and kits actually opened: the cases by hand, then a property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import { holdStatus } from './hold';
import type { CalculationInput, CalculationSuccess, KitStrengthMg } from './types';
import { labeledTotalMg } from './vials';

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

describe('kit sizes available', () => {
  it('170 cm, 70 kg, 40 mg/m² with 45 mg only: 2 × 45 mg, J9207 × 73 and J9207-JW × 17', () => {
    // 72.8 mg; next multiple of 45 mg is 90 mg; ⌈72.8⌉ = 73 given; 90 − 73 = 17 discarded.
    const r = ok({ kitSizesMg: [45] });
    expect(r.vials).toEqual([{ strengthMg: 45, count: 2 }]);
    expect(r.billing.lines).toEqual([
      { hcpcs: 'J9207', modifiers: [], units: 73 },
      { hcpcs: 'J9207', modifiers: ['JW'], units: 17 },
    ]);
    expect(r.billing.wastedMg).toBe(17.2); // 90 − 72.8
    expect(r.steps?.find((s) => s.id === 'kits')?.title).toBe('Kits to open (45 mg only on hand)');
  });

  it('15 mg only: 5 × 15 mg = 75 mg for 72.8 mg', () => {
    expect(ok({ kitSizesMg: [15] }).vials).toEqual([{ strengthMg: 15, count: 5 }]);
  });

  it('default and both sizes: 1 × 45 + 2 × 15 mg', () => {
    const both = [
      { strengthMg: 45, count: 1 },
      { strengthMg: 15, count: 2 },
    ];
    expect(ok({}).vials).toEqual(both);
    expect(ok({ kitSizesMg: [45, 15] }).vials).toEqual(both);
  });

  it('an unknown size is an error on its field', () => {
    for (const bad of [[30], [], 'both', [15, 60]]) {
      const result = calculate({ ...patient, kitSizesMg: bad });
      expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['kitSizesMg']);
    }
  });
});

describe('kits opened', () => {
  it('1 × 45 + 3 × 15 mg opened for 72.8 mg: KITS_NOT_LEAST_WASTE and J9207-JW × 17', () => {
    // 45 + 45 = 90 mg opened; least waste 75 mg (1 × 45 + 2 × 15); 15 mg more; 90 − 73 = 17.
    const r = ok({
      kitsOpened: [
        { strengthMg: 45, count: 1 },
        { strengthMg: 15, count: 3 },
      ],
    });
    const warning = r.checks.find((c) => c.code === 'KITS_NOT_LEAST_WASTE');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('1 × 45 mg + 2 × 15 mg (75 mg)');
    expect(warning?.message).toContain('15 mg more is discarded');
    expect(r.billing.lines).toEqual([
      { hcpcs: 'J9207', modifiers: [], units: 73 },
      { hcpcs: 'J9207', modifiers: ['JW'], units: 17 },
    ]);
    expect(r.billing.labeledTotalMg).toBe(90);
    expect(r.kitsOpened).toEqual([
      { strengthMg: 45, count: 1 },
      { strengthMg: 15, count: 3 },
    ]);
    // The plan (least waste) stays what to open; the diluent follows the kits opened.
    expect(r.diluent?.map((d) => d.count)).toEqual([1, 3]);
  });

  it('2 × 45 mg opened with 45 mg only on hand is least waste: no warning', () => {
    const r = ok({ kitSizesMg: [45], kitsOpened: [{ strengthMg: 45, count: 2 }] });
    expect(r.checks).toEqual([]);
  });

  it('kits that do not cover the dose are a stop that holds the claim', () => {
    // 1 × 45 + 1 × 15 = 60 mg < 72.8 mg.
    const r = ok({
      kitsOpened: [
        { strengthMg: 45, count: 1 },
        { strengthMg: 15, count: 1 },
      ],
    });
    expect(r.checks[0]).toMatchObject({ code: 'KITS_DONT_COVER_DOSE', severity: 'stop' });
    expect(holdStatus(r.checks).onHold).toBe(true);
  });

  it('one whole 75 mg for a 75 mg dose: nothing discarded, JZ', () => {
    // 41.2 mg/m² × 1.82 m² = 74.984 → 75.0 mg; 5 × 15 mg opened; 75 − 75 = 0.
    const r = ok({ doseMgPerM2: 41.2, kitsOpened: [{ strengthMg: 15, count: 5 }] });
    expect(r.doseMg).toBe(75);
    expect(r.billing.lines).toEqual([{ hcpcs: 'J9207', modifiers: ['JZ'], units: 75 }]);
  });

  it('bad counts are an error on the kits field', () => {
    for (const bad of [
      [{ strengthMg: 30, count: 1 }],
      [{ strengthMg: 15, count: 1.5 }],
      [{ strengthMg: 15, count: 0 }],
      'two',
    ]) {
      const result = calculate({ ...patient, kitsOpened: bad });
      expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['kitsOpened']);
    }
  });
});

describe('property', () => {
  it('labeled total opened = units given + units discarded (kits that cover the dose)', () => {
    const sizes = fc.constantFrom<KitStrengthMg[]>([15, 45], [45], [15]);
    fc.assert(
      fc.property(
        fc.integer({ min: 140, max: 200 }),
        fc.integer({ min: 45, max: 110 }),
        fc.integer({ min: 5, max: 40 }),
        sizes,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        (height, weight, dose, kitSizesMg, extra15, extra45) => {
          const plan = ok({
            height: { value: height, unit: 'cm' },
            weight: { value: weight, unit: 'kg' },
            doseMgPerM2: dose,
            kitSizesMg,
          });
          // Open the plan plus some extra kits: always covers the dose.
          const count = (s: number) => plan.vials.find((v) => v.strengthMg === s)?.count ?? 0;
          const kitsOpened = [
            { strengthMg: 15 as const, count: count(15) + extra15 },
            { strengthMg: 45 as const, count: count(45) + extra45 },
          ];
          const r = ok({
            height: { value: height, unit: 'cm' },
            weight: { value: weight, unit: 'kg' },
            doseMgPerM2: dose,
            kitSizesMg,
            kitsOpened,
          });
          const opened = labeledTotalMg(kitsOpened);
          const billed = r.billing.lines.reduce((sum, l) => sum + l.units, 0);
          return (
            opened === r.billing.administeredUnits + r.billing.discardedUnits &&
            billed === opened &&
            r.checks.some((c) => c.code === 'KITS_NOT_LEAST_WASTE') === opened > labeledTotalMg(plan.vials)
          );
        },
      ),
    );
  });
});
