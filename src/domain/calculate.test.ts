// calculate(): worked examples checked by hand (arithmetic in the comments), then properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../testing/runs';
import { bodySurfaceArea, bsaFormulas } from './bsa';
import { calculate } from './calculate';
import { dec, roundHalfUp } from './decimal';
import { calculatedDose } from './dose';
import type { CalculationInput, CalculationResult, CalculationSuccess } from './types';

const base: CalculationInput = {
  height: { value: 170, unit: 'cm' },
  weight: { value: 70, unit: 'kg' },
  doseMgPerM2: 40,
};

function ok(input: Partial<CalculationInput> & Record<string, unknown>): CalculationSuccess {
  const result = calculate({ ...base, ...input });
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

function errors(input: unknown) {
  const result = calculate(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const codes = (r: CalculationSuccess) => r.checks.map((c) => c.code);

describe('calculate — worked examples', () => {
  it('170 cm, 70 kg, 40 mg/m²: BSA 1.82, 72.8 mg, 45 + 2 × 15 mg, J9207 × 73 and J9207-JW × 2', () => {
    // √(170 × 70 / 3600) = √3.30556 = 1.81812 → 1.82 m²; 40 × 1.82 = 72.8 mg; 75 mg opened;
    // units given ⌈72.8⌉ = 73; discarded 75 − 73 = 2.
    const r = ok({});
    expect(r.bsa).toMatchObject({
      formula: 'mosteller',
      formulaName: 'Mosteller (1987)',
      used: 1.82,
      capped: false,
    });
    expect(r.bsa.raw).toBeCloseTo(1.818118686, 8);
    expect(r.calculatedDoseMg).toBe(72.8);
    expect(r.doseMg).toBe(72.8);
    expect(r.vials).toEqual([
      { strengthMg: 45, count: 1 },
      { strengthMg: 15, count: 2 },
    ]);
    expect(r.billing).toMatchObject({
      administeredUnits: 73,
      discardedUnits: 2,
      lines: [
        { hcpcs: 'J9207', modifiers: [], units: 73 },
        { hcpcs: 'J9207', modifiers: ['JW'], units: 2 },
      ],
      adminCodes: [],
    });
    expect(r.volumeMl).toBe(36.4); // 72.8 mg ÷ 2 mg/mL
    // 72.8 ÷ 0.6 = 121.33… → 121.4 mL (up, so ≤ 0.6 mg/mL); 72.8 ÷ 0.2 = 364 mL.
    expect(r.finalVolumeMl).toEqual({ min: 121.4, max: 364 });
    expect(r.checks).toEqual([]);
  });

  it('the float trap: 185 cm, 85 kg, 35 mg/m² → BSA 2.09, 73.15 mg → 73.2 mg, 74 units, JW 1', () => {
    // √(185 × 85 / 3600) = 2.08999 → 2.09; 35 × 2.09 = 73.15 exactly → 73.2 (a float gives 73.1).
    const r = ok({ height: { value: 185, unit: 'cm' }, weight: { value: 85, unit: 'kg' }, doseMgPerM2: 35 });
    expect(r.bsa.used).toBe(2.09);
    expect(r.calculatedDoseMg).toBe(73.2);
    expect(r.billing.administeredUnits).toBe(74);
    expect(r.billing.discardedUnits).toBe(1);
  });

  it('imperial: 68 in, 154 lb → 172.72 cm, 69.85322498 kg, BSA 1.83, 73.2 mg', () => {
    // 68 × 2.54 = 172.72; 154 × 0.45359237 = 69.85322498; √(172.72 × 69.85322498 / 3600) = 1.83068 → 1.83.
    const r = ok({ height: { value: 68, unit: 'in' }, weight: { value: 154, unit: 'lb' } });
    expect(r.heightCm).toBe(172.72);
    expect(r.weightKg).toBe(69.85322498);
    expect(r.bsa.used).toBe(1.83);
    expect(r.doseMg).toBe(73.2);
    expect(r.billing.lines).toEqual([
      { hcpcs: 'J9207', modifiers: [], units: 74 },
      { hcpcs: 'J9207', modifiers: ['JW'], units: 1 },
    ]);
  });

  it('no waste → a single J9207-JZ line: 162 cm, 50 kg → BSA 1.5 exactly, 60 mg = 45 + 15', () => {
    const r = ok({ height: { value: 162, unit: 'cm' }, weight: { value: 50, unit: 'kg' } });
    expect(r.doseMg).toBe(60);
    expect(r.billing.discardedUnits).toBe(0);
    expect(r.billing.lines).toEqual([{ hcpcs: 'J9207', modifiers: ['JZ'], units: 60 }]);
  });

  it('BSA exactly on a half: 104.7 cm, 104.7 kg → √(104.7²/3600) = 1.745 → 1.75 (half-up)', () => {
    expect(ok({ height: { value: 104.7, unit: 'cm' }, weight: { value: 104.7, unit: 'kg' } }).bsa.used).toBe(
      1.75,
    );
  });

  describe('BSA cap at 2.2 m²', () => {
    it('raw 2.2023 (194 cm, 90 kg) rounds to 2.20: not capped', () => {
      const r = ok({ height: { value: 194, unit: 'cm' }, weight: { value: 90, unit: 'kg' } });
      expect(r.bsa).toMatchObject({ used: 2.2, capped: false });
      expect(codes(r)).not.toContain('BSA_CAPPED');
      expect(r.doseMg).toBe(88);
    });
    it('raw 2.205 exactly (132.3 cm, 132.3 kg) rounds to 2.21: capped, dosed on 2.2', () => {
      const r = ok({ height: { value: 132.3, unit: 'cm' }, weight: { value: 132.3, unit: 'kg' } });
      expect(r.bsa).toMatchObject({ rounded: 2.21, used: 2.2, capped: true });
      expect(r.doseMg).toBe(88);
      expect(codes(r)).toContain('BSA_CAPPED');
    });
    it('200 cm, 100 kg → 2.36 m² capped: 88 mg, 2 × 45 mg, J9207 × 88 and JW × 2', () => {
      const r = ok({ height: { value: 200, unit: 'cm' }, weight: { value: 100, unit: 'kg' } });
      expect(r.bsa).toMatchObject({ used: 2.2, capped: true });
      expect(r.vials).toEqual([{ strengthMg: 45, count: 2 }]);
      expect(r.billing.lines).toEqual([
        { hcpcs: 'J9207', modifiers: [], units: 88 },
        { hcpcs: 'J9207', modifiers: ['JW'], units: 2 },
      ]);
    });
  });

  describe('policy', () => {
    it('unrounded BSA: 40 × 1.818118… = 72.72 → 72.7 mg', () => {
      const r = ok({ policy: { bsaDecimals: null } });
      expect(r.bsa.used).toBeCloseTo(1.818118686, 8);
      expect(r.calculatedDoseMg).toBe(72.7);
    });
    it('dose to whole mg: 72.8 → 73; to 0.01 mg: 72.80', () => {
      expect(ok({ policy: { doseDecimals: 0 } }).doseMg).toBe(73);
      expect(ok({ policy: { doseDecimals: 2 } }).doseMg).toBe(72.8);
    });
    it('vial rounding 10%: 72.8 → 75 mg, all of 75 given → J9207-JZ × 75, with a VIAL_ROUNDED info', () => {
      const r = ok({ policy: { vialRoundingPercent: 10 } });
      expect(r.calculatedDoseMg).toBe(72.8);
      expect(r.doseMg).toBe(75);
      expect(r.billing.lines).toEqual([{ hcpcs: 'J9207', modifiers: ['JZ'], units: 75 }]);
      const info = r.checks.find((c) => c.code === 'VIAL_ROUNDED');
      expect(info?.severity).toBe('info');
      expect(info?.message).toContain('72.8 → 75 mg');
    });
    it('vial rounding that changes nothing raises no VIAL_ROUNDED', () => {
      const r = ok({
        height: { value: 162, unit: 'cm' },
        weight: { value: 50, unit: 'kg' },
        policy: { vialRoundingPercent: 10 },
      });
      expect(r.doseMg).toBe(60);
      expect(codes(r)).not.toContain('VIAL_ROUNDED');
    });
  });

  it('administration codes only when infusion minutes are given: 180 min → 96413 + 96415 × 2', () => {
    expect(ok({ infusionMinutes: 180 }).billing.adminCodes).toEqual([
      { code: '96413', units: 1 },
      { code: '96415', units: 2 },
    ]);
  });

  it('340B: JG on both lines', () => {
    expect(ok({ modifier340B: 'JG' }).billing.lines.map((l) => l.modifiers)).toEqual([['JG'], ['JW', 'JG']]);
  });

  it('shows its work: steps for BSA, dose, volume, kits, units and discard, each with a source', () => {
    const r = ok({
      height: { value: 68, unit: 'in' },
      weight: { value: 154, unit: 'lb' },
      infusionMinutes: 180,
    });
    expect(r.steps?.map((s) => s.id)).toEqual([
      'convert',
      'bsa',
      'dose',
      'volume',
      'kits',
      'final-volume',
      'units',
      'discard',
      'admin',
    ]);
    expect(r.steps?.every((s) => s.source.length > 10)).toBe(true);
    expect(r.steps?.[0]?.expression).toContain('68 in × 2.54 = 172.72 cm');
  });
});

describe('calculate — checks', () => {
  const labs = (l: Record<string, number>) => ({ labs: l });

  it('DOSE_ABOVE_LABEL: 40 none; 40.1 warning; 45 with an inducer none (the inducer warning instead)', () => {
    expect(codes(ok({ doseMgPerM2: 40 }))).not.toContain('DOSE_ABOVE_LABEL');
    expect(codes(ok({ doseMgPerM2: 40.1 }))).toContain('DOSE_ABOVE_LABEL');
    const inducer = codes(ok({ doseMgPerM2: 45, strongCyp3a4Inducer: true }));
    expect(inducer).not.toContain('DOSE_ABOVE_LABEL');
    expect(inducer).toContain('CYP3A4_INDUCER');
  });

  it('CYP3A4_INHIBITOR: flagged and > 20 mg/m²', () => {
    expect(codes(ok({ doseMgPerM2: 20, strongCyp3a4Inhibitor: true }))).not.toContain('CYP3A4_INHIBITOR');
    expect(codes(ok({ doseMgPerM2: 20.1, strongCyp3a4Inhibitor: true }))).toContain('CYP3A4_INHIBITOR');
    expect(codes(ok({ doseMgPerM2: 40 }))).not.toContain('CYP3A4_INHIBITOR');
  });

  describe('hepatic table (monotherapy)', () => {
    it('AST/ALT ≤ 2.5 and bilirubin ≤ 1 → 40 mg/m²: no reduction', () => {
      expect(codes(ok(labs({ astXUln: 2.5, altXUln: 2.5, bilirubinXUln: 1 })))).toEqual([]);
    });
    it('AST 2.6 → 32 mg/m²: 40 ordered warns, 32 ordered does not', () => {
      const l = labs({ astXUln: 2.6, altXUln: 1, bilirubinXUln: 1 });
      const r = ok(l);
      expect(codes(r)).toEqual(['HEPATIC_DOSE_REDUCTION']);
      expect(r.checks[0]?.message).toContain('32 mg/m²');
      expect(codes(ok({ ...l, doseMgPerM2: 32 }))).toEqual([]);
    });
    it('bilirubin 1.5 → 32; 1.6 → 20 (20 ordered: fine; 21: warning)', () => {
      expect(ok(labs({ astXUln: 1, altXUln: 1, bilirubinXUln: 1.5 })).checks[0]?.message).toContain(
        '32 mg/m²',
      );
      const l = labs({ astXUln: 1, altXUln: 1, bilirubinXUln: 1.6 });
      expect(ok(l).checks[0]?.message).toContain('20 mg/m²');
      expect(codes(ok({ ...l, doseMgPerM2: 20 }))).toEqual([]);
      expect(codes(ok({ ...l, doseMgPerM2: 21 }))).toEqual(['HEPATIC_DOSE_REDUCTION']);
    });
    it('bilirubin 3 → 20 (warning); 3.01 → not recommended (stop)', () => {
      expect(codes(ok(labs({ astXUln: 1, altXUln: 1, bilirubinXUln: 3 })))).toEqual([
        'HEPATIC_DOSE_REDUCTION',
      ]);
      expect(codes(ok(labs({ astXUln: 1, altXUln: 1, bilirubinXUln: 3.01 })))).toEqual([
        'HEPATIC_NOT_RECOMMENDED',
      ]);
    });
    it('ALT 10 → 32 (warning); 10.01 → stop, even with the other values missing', () => {
      expect(codes(ok(labs({ astXUln: 1, altXUln: 10, bilirubinXUln: 1 })))).toEqual([
        'HEPATIC_DOSE_REDUCTION',
      ]);
      expect(codes(ok(labs({ altXUln: 10.01 })))).toEqual(['HEPATIC_NOT_RECOMMENDED']);
      expect(ok(labs({ altXUln: 10.01 })).checks[0]?.severity).toBe('stop');
    });
    it('no reduction warning unless all three values are given', () => {
      expect(codes(ok(labs({ bilirubinXUln: 2 })))).toEqual([]);
    });
  });

  describe('with capecitabine', () => {
    const combo = { regimen: 'with-capecitabine' as const };
    it('AST 2.5 and bilirubin 1: allowed', () => {
      expect(codes(ok({ ...combo, ...labs({ astXUln: 2.5, altXUln: 2.5, bilirubinXUln: 1 }) }))).toEqual([]);
    });
    it('AST 2.51 or bilirubin 1.01 → COMBINATION_CONTRAINDICATED (stop), not the monotherapy rules', () => {
      expect(codes(ok({ ...combo, ...labs({ astXUln: 2.51 }) }))).toEqual(['COMBINATION_CONTRAINDICATED']);
      expect(codes(ok({ ...combo, ...labs({ bilirubinXUln: 1.01 }) }))).toEqual([
        'COMBINATION_CONTRAINDICATED',
      ]);
      expect(codes(ok({ ...combo, ...labs({ astXUln: 11 }) }))).toEqual(['COMBINATION_CONTRAINDICATED']);
    });
  });

  it('ANC: 1500 fine, 1499 stop; platelets: 100,000 fine, 99,999 stop', () => {
    expect(codes(ok(labs({ anc: 1500, platelets: 100000 })))).toEqual([]);
    expect(codes(ok(labs({ anc: 1499 })))).toEqual(['ANC_TOO_LOW']);
    expect(codes(ok(labs({ platelets: 99999 })))).toEqual(['PLATELETS_TOO_LOW']);
  });

  it('a stop check still returns every number', () => {
    const r = ok(labs({ anc: 800 }));
    expect(r.checks[0]?.severity).toBe('stop');
    expect(r.billing.administeredUnits).toBe(73);
  });

  it('IMPLAUSIBLE_BODY_SIZE at BMI < 12 or > 70: 200 cm → BMI = kg ÷ 4', () => {
    const at = (kg: number) =>
      codes(ok({ height: { value: 200, unit: 'cm' }, weight: { value: kg, unit: 'kg' } }));
    expect(at(48)).not.toContain('IMPLAUSIBLE_BODY_SIZE'); // 12.0
    expect(at(47.99)).toContain('IMPLAUSIBLE_BODY_SIZE'); // 11.9975
    expect(at(280)).not.toContain('IMPLAUSIBLE_BODY_SIZE'); // 70.0
    expect(at(280.01)).toContain('IMPLAUSIBLE_BODY_SIZE'); // 70.0025
  });

  it('stops come first, then warnings, then infos; every check names its source', () => {
    const r = ok({
      height: { value: 200, unit: 'cm' },
      weight: { value: 100, unit: 'kg' },
      doseMgPerM2: 45,
      labs: { anc: 1000 },
    });
    expect(r.checks.map((c) => c.severity)).toEqual(['stop', 'warning', 'info']);
    expect(r.checks.every((c) => (c.source ?? '').length > 10)).toBe(true);
  });
});

describe('calculate — validation', () => {
  it('height 1700 cm: the nurse is told to check the unit', () => {
    expect(errors({ ...base, height: { value: 1700, unit: 'cm' } })).toEqual([
      { field: 'height', message: 'Height 1700 cm is outside 50–250 cm — check the unit.' },
    ]);
  });
  it.each([
    [{ value: 50, unit: 'cm' }, true],
    [{ value: 49.99, unit: 'cm' }, false],
    [{ value: 250, unit: 'cm' }, true],
    [{ value: 250.01, unit: 'cm' }, false],
    [{ value: 19.69, unit: 'in' }, true], // 50.0126 cm
    [{ value: 19.68, unit: 'in' }, false], // 49.9872 cm
  ])('height %j accepted: %s', (height, accepted) => {
    expect(calculate({ ...base, height }).ok).toBe(accepted);
  });
  it.each([
    [{ value: 20, unit: 'kg' }, true],
    [{ value: 19.99, unit: 'kg' }, false],
    [{ value: 350, unit: 'kg' }, true],
    [{ value: 350.01, unit: 'kg' }, false],
    [{ value: 44.1, unit: 'lb' }, true], // 20.0034 kg
    [{ value: 44.09, unit: 'lb' }, false], // 19.9989 kg
    [{ value: 771.6, unit: 'lb' }, true], // 349.9919 kg
    [{ value: 771.62, unit: 'lb' }, false], // 350.0009 kg
  ])('weight %j accepted: %s', (weight, accepted) => {
    expect(calculate({ ...base, weight }).ok).toBe(accepted);
  });
  it('an imperial error shows the converted value', () => {
    expect(errors({ ...base, weight: { value: 900, unit: 'lb' } })[0]?.message).toBe(
      'Weight 900 lb (408.2 kg) is outside 20–350 kg — check the unit.',
    );
  });
  it.each([
    [0, false],
    [-5, false],
    [0.1, true], // 0.1 × 1.82 = 0.182 → 0.2 mg
    [60, true],
    [60.01, false],
  ])('dose %s mg/m² accepted: %s', (doseMgPerM2, accepted) => {
    expect(calculate({ ...base, doseMgPerM2 }).ok).toBe(accepted);
  });
  it.each([
    [0, false],
    [1, true],
    [1440, true],
    [1441, false],
  ])('infusion %s min accepted: %s', (infusionMinutes, accepted) => {
    expect(calculate({ ...base, infusionMinutes }).ok).toBe(accepted);
  });
  it('labs: 0 is fine, negative is not, each error names its field', () => {
    expect(calculate({ ...base, labs: { anc: 0 } }).ok).toBe(true);
    expect(errors({ ...base, labs: { anc: -1, platelets: -2 } }).map((e) => e.field)).toEqual([
      'labs.anc',
      'labs.platelets',
    ]);
  });
  it('a dose that rounds to 0 mg is refused, not billed as 1 unit', () => {
    // 0.01 mg/m² × 0.53 m² (50 cm, 20 kg: √(1000/3600) = 0.527 → 0.53) = 0.0053 mg → 0 mg at whole-mg rounding.
    const e = errors({
      height: { value: 50, unit: 'cm' },
      weight: { value: 20, unit: 'kg' },
      doseMgPerM2: 0.01,
      policy: { doseDecimals: 0 },
    });
    expect(e).toEqual([
      {
        field: 'doseMgPerM2',
        message: '0.01 mg/m² × 0.53 m² = 0.0053 mg, which rounds to 0 mg — check the ordered dose.',
      },
    ]);
  });
  it('one error per bad field, with the input key as field', () => {
    const e = errors({
      height: { value: 'tall', unit: 'cm' },
      weight: { value: 70, unit: 'stone' },
      doseMgPerM2: Number.NaN,
      infusionMinutes: Number.POSITIVE_INFINITY,
      regimen: 'x',
      bsaFormula: 'y',
      policy: { doseDecimals: 3 },
    });
    expect(e.map((x) => x.field)).toEqual([
      'height',
      'weight',
      'doseMgPerM2',
      'regimen',
      'bsaFormula',
      'policy.doseDecimals',
      'infusionMinutes',
    ]);
    expect(e.every((x) => x.message.endsWith('.'))).toBe(true);
  });
  it.each([
    undefined,
    null,
    'x',
    42,
    [],
    {},
    { height: null },
    { height: [], weight: {}, doseMgPerM2: '40' },
  ])('garbage %j gives errors, never throws', (input) => {
    const result = calculate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('calculate — properties', () => {
  const validInput = fc.record({
    height: fc.record({
      value: fc.double({ min: 50, max: 250, noNaN: true }),
      unit: fc.constant('cm' as const),
    }),
    weight: fc.record({
      value: fc.double({ min: 20, max: 350, noNaN: true }),
      unit: fc.constant('kg' as const),
    }),
    doseMgPerM2: fc.double({ min: 1, max: 60, noNaN: true }),
    bsaFormula: fc.constantFrom('mosteller', 'dubois', 'haycock', 'gehan-george', 'boyd'),
    policy: fc.record({
      bsaDecimals: fc.constantFrom(2 as const, null),
      doseDecimals: fc.constantFrom(0 as const, 1 as const, 2 as const),
      vialRoundingPercent: fc.constantFrom(0 as const, 5 as const, 10 as const),
    }),
  });

  it('billing invariants hold for every valid input', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = calculate(input);
        if (!r.ok) {
          // The only refusal of in-range input: a tiny order that rounds to 0 mg.
          expect(r.errors).toHaveLength(1);
          expect(r.errors[0]?.message).toContain('rounds to 0 mg');
          return;
        }
        const { administeredUnits: given, discardedUnits: discarded, lines } = r.billing;
        const total = r.vials.reduce((s, v) => s + v.strengthMg * v.count, 0);
        expect(given + discarded).toBe(total);
        expect(discarded).toBeGreaterThanOrEqual(0);
        expect(discarded).toBeLessThan(15);
        expect(Number.isInteger(given) && given >= 1).toBe(true);
        expect(Number.isInteger(discarded)).toBe(true);
        expect(lines.some((l) => l.modifiers.includes('JZ'))).toBe(discarded === 0);
        expect(lines.some((l) => l.modifiers.includes('JW'))).toBe(discarded > 0);
        expect(given).toBeGreaterThanOrEqual(r.doseMg);
        expect(given - r.doseMg).toBeLessThan(1);
        // dose ≤ ordered × 2.2 m², compared exactly in hundredths of a mg
        expect(Math.round(r.doseMg * 1000)).toBeLessThanOrEqual(Math.round(input.doseMgPerM2 * 2200));
        expect(r.bsa.used).toBeLessThanOrEqual(2.2);
      }),
      { numRuns: runs(500) },
    );
  });

  it('never throws and is always well formed, for arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything(),
          validInput.map((v) => ({ ...v, labs: { anc: -1 } })),
        ),
        (input) => {
          const r: CalculationResult = calculate(input);
          if (r.ok) {
            expect(typeof r.doseMg).toBe('number');
            expect(Array.isArray(r.billing.lines)).toBe(true);
          } else {
            expect(r.errors.length).toBeGreaterThan(0);
            for (const e of r.errors) {
              expect(typeof e.field).toBe('string');
              expect(typeof e.message).toBe('string');
            }
          }
        },
      ),
      { numRuns: runs(1000) },
    );
  });
});

describe('calculate — the fast BSA estimate never changes a decision', () => {
  it('BSA used and dose equal those worked out on the exact decimal BSA, for every formula and policy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bsaFormulas),
        fc.integer({ min: 5000, max: 25000 }),
        fc.integer({ min: 2000, max: 35000 }),
        fc.integer({ min: 100, max: 6000 }),
        fc.constantFrom(2 as const, null),
        fc.constantFrom(0 as const, 1 as const, 2 as const),
        (formula, h, w, d, bsaDecimals, doseDecimals) => {
          const heightCm = dec(h).div(100);
          const weightKg = dec(w).div(100);
          const ordered = dec(d).div(100);
          const exact = bodySurfaceArea(formula, heightCm, weightKg);
          const rounded = bsaDecimals === null ? exact : roundHalfUp(exact, bsaDecimals);
          const used = rounded.greaterThan('2.2') ? dec('2.2') : rounded;
          const expected = calculatedDose(ordered, used, doseDecimals);
          const r = calculate({
            height: { value: heightCm.toNumber(), unit: 'cm' },
            weight: { value: weightKg.toNumber(), unit: 'kg' },
            doseMgPerM2: ordered.toNumber(),
            bsaFormula: formula,
            policy: { bsaDecimals, doseDecimals },
          });
          if (expected.isZero()) {
            expect(r.ok).toBe(false);
            return;
          }
          if (!r.ok) throw new Error(JSON.stringify(r.errors));
          expect(r.calculatedDoseMg).toBe(expected.toNumber());
          if (bsaDecimals !== null) expect(r.bsa.used).toBe(used.toNumber());
          expect(r.bsa.capped).toBe(rounded.greaterThan('2.2'));
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
