// The independent double check: two entries compared value by value, each difference with its cause.
// Base case, by hand: 170 cm, 70 kg, Mosteller → √(170 × 70 ÷ 3600) = √3.30556 = 1.81812 → 1.82 m²;
// 40 mg/m² × 1.82 = 72.8 mg; 72.8 ÷ 2 mg/mL = 36.4 mL; kits 45 + 15 + 15 = 75 mg; J9207 × 73 (72.8
// rounded up); discarded 75 − 73 = 2 (JW).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../testing/runs';
import { dec } from './decimal';
import {
  type ComparedField,
  compareDoubleCheck,
  type DoubleCheckComparison,
  type DoubleCheckEntry,
  typoBetween,
} from './double-check';
import { bsaFormulas } from './index';

const base: DoubleCheckEntry = {
  height: { value: 170, unit: 'cm' },
  weight: { value: 70, unit: 'kg' },
  doseMgPerM2: 40,
  bsaFormula: 'mosteller',
};

function compare(first: DoubleCheckEntry, second: DoubleCheckEntry): DoubleCheckComparison {
  const result = compareDoubleCheck(first, second);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result;
}

/** The compared values that differ, as field → [first, second]. */
function differing(c: DoubleCheckComparison): Partial<Record<ComparedField, [string, string]>> {
  return Object.fromEntries(c.values.filter((v) => !v.same).map((v) => [v.field, [v.first, v.second]]));
}

describe('a match', () => {
  it('is stated plainly, with the agreed numbers', () => {
    const c = compare(base, { ...base });
    expect(c.match).toBe(true);
    expect(c.entriesSame).toBe(true);
    expect(c.causes).toEqual([]);
    expect(c.values.map((v) => [v.field, v.first, v.second, v.same])).toEqual([
      ['bsa', '1.82 m²', '1.82 m²', true],
      ['dose', '72.8 mg', '72.8 mg', true],
      ['volume', '36.4 mL', '36.4 mL', true],
      ['kits', '1 × 45 mg + 2 × 15 mg', '1 × 45 mg + 2 × 15 mg', true],
      ['units', 'J9207 × 73', 'J9207 × 73', true],
      ['discarded', 'J9207-JW × 2', 'J9207-JW × 2', true],
    ]);
    expect(c.summary).toBe(
      'Match: both checks give BSA 1.82 m², dose 72.8 mg, 36.4 mL, 1 × 45 mg + 2 × 15 mg, J9207 × 73 from the same entries.',
    );
  });

  it('with entries in different units that agree after conversion, says so', () => {
    // 67 in × 2.54 = 170.18 cm → √(170.18 × 70 ÷ 3600) = 1.81909 → 1.82 m²: every result is the same.
    const c = compare(base, { ...base, height: { value: 67, unit: 'in' } });
    expect(c.match).toBe(true);
    expect(c.entriesSame).toBe(false);
    expect(c.causes).toEqual([
      expect.objectContaining({ field: 'height', kind: 'unit', unitMixUp: 'different-units' }),
    ]);
    expect(c.causes[0]?.message).toMatch(/different units and differ by 0.18 cm after conversion/);
    expect(c.summary).toMatch(/^Match: .* but the entries differ \(height\)\.$/);
  });
});

describe('a mismatch names its cause', () => {
  it('different formula: Du Bois gives 1.81 m² where Mosteller gives 1.82 m²', () => {
    // Du Bois: 0.007184 × 70^0.425 × 170^0.725 = 0.007184 × 6.0834 × 41.421 = 1.8097 → 1.81 m²;
    // 40 × 1.81 = 72.4 mg, 36.2 mL; kits (75 mg), units (73) and discard (2) are the same.
    const c = compare(base, { ...base, bsaFormula: 'dubois' });
    expect(c.match).toBe(false);
    expect(differing(c)).toEqual({
      bsa: ['1.82 m²', '1.81 m²'],
      dose: ['72.8 mg', '72.4 mg'],
      volume: ['36.4 mL', '36.2 mL'],
    });
    expect(c.causes).toEqual([expect.objectContaining({ field: 'bsaFormula', kind: 'formula' })]);
    expect(c.causes[0]?.message).toMatch(
      /Mosteller \(1987\) \(first\) and Du Bois & Du Bois \(1916\) \(second\)/,
    );
    expect(c.values.find((v) => v.field === 'bsa')?.causes.map((x) => x.kind)).toEqual(['formula']);
    expect(c.values.find((v) => v.field === 'kits')?.causes).toEqual([]);
    expect(c.summary).toBe('Mismatch: 3 of 6 values differ (BSA used, Dose, Volume to draw up (2 mg/mL)).');
  });

  it('unit: inches entered as cm (66.9 "cm" is 170 cm ÷ 2.54)', () => {
    // 170 ÷ 66.9 = 2.541, within 1% of 2.54. √(66.9 × 70 ÷ 3600) = 1.14054 → 1.14 m²; 45.6 mg.
    const c = compare(base, { ...base, height: { value: 66.9, unit: 'cm' } });
    expect(c.causes).toEqual([
      expect.objectContaining({ field: 'height', kind: 'unit', unitMixUp: 'in-as-cm', suspect: 'second' }),
    ]);
    expect(c.causes[0]?.message).toMatch(/factor of 2.54: the second entry looks like inches entered as cm/);
    expect(differing(c).bsa).toEqual(['1.82 m²', '1.14 m²']);
    expect(differing(c).dose).toEqual(['72.8 mg', '45.6 mg']);
  });

  it('unit: centimetres entered as inches (a child: 35.4 in first, 90 "in" second)', () => {
    // 35.4 in × 2.54 = 89.916 cm; 90 in × 2.54 = 228.6 cm; 228.6 ÷ 89.916 = 2.542, within 1% of 2.54.
    const child = { ...base, weight: { value: 20, unit: 'kg' as const } };
    const c = compare(
      { ...child, height: { value: 35.4, unit: 'in' } },
      { ...child, height: { value: 90, unit: 'in' } },
    );
    expect(c.causes).toEqual([
      expect.objectContaining({ field: 'height', kind: 'unit', unitMixUp: 'cm-as-in', suspect: 'second' }),
    ]);
    expect(c.causes[0]?.message).toMatch(/the second entry looks like centimetres entered as inches/);
  });

  it('unit: the same number with cm and in (90 cm, 90 in), without guessing which one is wrong', () => {
    const c = compare(
      { ...base, height: { value: 90, unit: 'cm' }, weight: { value: 20, unit: 'kg' } },
      { ...base, height: { value: 90, unit: 'in' }, weight: { value: 20, unit: 'kg' } },
    );
    expect(c.causes).toEqual([
      expect.objectContaining({ field: 'height', kind: 'unit', unitMixUp: 'different-units' }),
    ]);
    expect(c.causes[0]).not.toHaveProperty('suspect');
    expect(c.causes[0]?.message).toMatch(/the same number with two units/);
  });

  it('unit: pounds entered as kg (154 "kg" is 70 kg × 2.2046)', () => {
    // 154 ÷ 70 = 2.2, within 1% of 2.2046. √(170 × 154 ÷ 3600) = 2.6967 → 2.70 m², capped at 2.2 m²;
    // 40 × 2.2 = 88 mg, 44 mL, 2 × 45 mg = 90 mg, J9207 × 88, JW 90 − 88 = 2 (the discard is the same).
    const c = compare(base, { ...base, weight: { value: 154, unit: 'kg' } });
    expect(c.causes).toEqual([
      expect.objectContaining({ field: 'weight', kind: 'unit', unitMixUp: 'lb-as-kg', suspect: 'second' }),
    ]);
    expect(differing(c)).toEqual({
      bsa: ['1.82 m²', '2.2 m²'],
      dose: ['72.8 mg', '88 mg'],
      volume: ['36.4 mL', '44 mL'],
      kits: ['1 × 45 mg + 2 × 15 mg', '2 × 45 mg'],
      units: ['J9207 × 73', 'J9207 × 88'],
    });
  });

  it('unit: kilograms entered as lb (first 154 lb, second 70 "lb")', () => {
    const c = compare(
      { ...base, weight: { value: 154, unit: 'lb' } },
      { ...base, weight: { value: 70, unit: 'lb' } },
    );
    expect(c.causes).toEqual([
      expect.objectContaining({ field: 'weight', kind: 'unit', unitMixUp: 'kg-as-lb', suspect: 'second' }),
    ]);
    expect(c.match).toBe(false);
  });

  it('rounding policy: unrounded BSA gives 72.7 mg where 0.01 m² gives 72.8 mg', () => {
    // 40 × 1.818119 = 72.7248 → 72.7 mg, 36.35 mL; kits, units and discard are the same.
    const c = compare(base, { ...base, policy: { bsaDecimals: null } });
    expect(c.causes).toEqual([expect.objectContaining({ field: 'bsaDecimals', kind: 'rounding' })]);
    expect(differing(c)).toEqual({
      bsa: ['1.82 m²', '1.8181… m²'],
      dose: ['72.8 mg', '72.7 mg'],
      volume: ['36.4 mL', '36.35 mL'],
    });
  });

  it('rounding policy: vial rounding within 10% takes 72.8 mg to 75 mg (JZ, nothing discarded)', () => {
    // |75 − 72.8| = 2.2 mg = 3.0% of 72.8, within 10%, and ≤ 40 × 2.2 = 88 mg.
    const c = compare(base, { ...base, policy: { vialRoundingPercent: 10 } });
    expect(c.causes).toEqual([expect.objectContaining({ field: 'vialRoundingPercent', kind: 'rounding' })]);
    expect(c.causes[0]?.message).toMatch(
      /vial rounding: off \(first\) and nearest vial within 10% \(second\)/,
    );
    expect(differing(c)).toEqual({
      dose: ['72.8 mg', '75 mg'],
      volume: ['36.4 mL', '37.5 mL'],
      units: ['J9207 × 73', 'J9207 × 75'],
      discarded: ['J9207-JW × 2', 'none (JZ)'],
    });
    // A BSA difference cannot come from vial rounding: the BSA row is the same and lists no cause.
    expect(c.values.find((v) => v.field === 'bsa')?.causes).toEqual([]);
  });

  it('rounding policy: dose to whole mg gives 73 mg', () => {
    const c = compare(base, { ...base, policy: { doseDecimals: 0 } });
    expect(c.causes.map((x) => [x.field, x.kind])).toEqual([['doseDecimals', 'rounding']]);
    expect(differing(c).dose).toEqual(['72.8 mg', '73 mg']);
  });

  it('typo: digits transposed, height 170 → 107 cm', () => {
    // √(107 × 70 ÷ 3600) = 1.44241 → 1.44 m²; 40 × 1.44 = 57.6 mg.
    const c = compare(base, { ...base, height: { value: 107, unit: 'cm' } });
    expect(c.causes).toEqual([
      expect.objectContaining({ field: 'height', kind: 'typo', typo: 'transposed' }),
    ]);
    expect(c.causes[0]?.message).toBe(
      'Height: 170 cm (first) and 107 cm (second): two digits transposed — a typo?',
    );
    expect(differing(c).dose).toEqual(['72.8 mg', '57.6 mg']);
  });

  it('typo: one digit different, height 170 → 176 cm', () => {
    // √(176 × 70 ÷ 3600) = 1.84993 → 1.85 m²; 74 mg, 37 mL, kits 75 mg (same), J9207 × 74, JW × 1.
    const c = compare(base, { ...base, height: { value: 176, unit: 'cm' } });
    expect(c.causes).toEqual([expect.objectContaining({ field: 'height', kind: 'typo', typo: 'one-digit' })]);
    expect(differing(c)).toEqual({
      bsa: ['1.82 m²', '1.85 m²'],
      dose: ['72.8 mg', '74 mg'],
      volume: ['36.4 mL', '37 mL'],
      units: ['J9207 × 73', 'J9207 × 74'],
      discarded: ['J9207-JW × 2', 'J9207-JW × 1'],
    });
  });

  it('typo: decimal point shifted ×10, ordered 40 → 4 mg/m²', () => {
    // 4 × 1.82 = 7.28 → 7.3 mg, 3.65 mL, 1 × 15 mg, J9207 × 8, JW 15 − 8 = 7.
    const c = compare(base, { ...base, doseMgPerM2: 4 });
    expect(c.causes).toEqual([
      expect.objectContaining({ field: 'doseMgPerM2', kind: 'typo', typo: 'decimal-shift' }),
    ]);
    expect(differing(c)).toEqual({
      dose: ['72.8 mg', '7.3 mg'],
      volume: ['36.4 mL', '3.65 mL'],
      kits: ['1 × 45 mg + 2 × 15 mg', '1 × 15 mg'],
      units: ['J9207 × 73', 'J9207 × 8'],
      discarded: ['J9207-JW × 2', 'J9207-JW × 7'],
    });
    expect(c.values.find((v) => v.field === 'bsa')?.same).toBe(true);
  });

  it('a different value with no pattern is named without a guess: weight 70 → 85 kg', () => {
    const c = compare(base, { ...base, weight: { value: 85, unit: 'kg' } });
    expect(c.causes).toEqual([expect.objectContaining({ field: 'weight', kind: 'entry' })]);
    expect(c.causes[0]?.message).toBe('Weight: 70 kg (first) and 85 kg (second) differ.');
  });

  it('several causes at once are each named, in entry order', () => {
    const c = compare(base, {
      ...base,
      height: { value: 107, unit: 'cm' },
      bsaFormula: 'haycock',
      doseMgPerM2: 4,
    });
    expect(c.causes.map((x) => x.kind)).toEqual(['typo', 'typo', 'formula']);
  });
});

describe('typoBetween', () => {
  it.each([
    ['72.5', '75.2', 'transposed'],
    ['72.5', '27.5', 'transposed'],
    ['170', '176', 'one-digit'],
    ['72', '72.5', 'one-digit'], // 72.0 vs 72.5
    ['72.5', '7.25', 'decimal-shift'],
    ['40', '4', 'decimal-shift'],
    ['250', '25', 'decimal-shift'],
    ['170', '180.5', undefined],
    ['70', '85', undefined],
    ['123', '321', undefined], // first and last swapped: not adjacent
    ['70', '70', undefined],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(typoBetween(dec(a), dec(b))).toBe(expected);
    expect(typoBetween(dec(b), dec(a))).toBe(expected);
  });
});

describe('entries that cannot be calculated', () => {
  it('returns the errors of each entry, marked first or second, instead of a comparison', () => {
    const result = compareDoubleCheck(base, { ...base, height: { value: 170, unit: 'in' } });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([expect.objectContaining({ entry: 'second', field: 'height' })]);
  });
});

describe('properties', () => {
  const entry = fc.record({
    height: fc.oneof(
      fc.record({
        value: fc.integer({ min: 1200, max: 2200 }).map((n) => n / 10),
        unit: fc.constant('cm' as const),
      }),
      fc.record({
        value: fc.integer({ min: 480, max: 860 }).map((n) => n / 10),
        unit: fc.constant('in' as const),
      }),
    ),
    weight: fc.oneof(
      fc.record({
        value: fc.integer({ min: 350, max: 2000 }).map((n) => n / 10),
        unit: fc.constant('kg' as const),
      }),
      fc.record({
        value: fc.integer({ min: 800, max: 4400 }).map((n) => n / 10),
        unit: fc.constant('lb' as const),
      }),
    ),
    doseMgPerM2: fc.integer({ min: 50, max: 600 }).map((n) => n / 10),
    bsaFormula: fc.constantFrom(...bsaFormulas),
    policy: fc.record({
      bsaDecimals: fc.constantFrom(2 as const, null),
      doseDecimals: fc.constantFrom(0 as const, 1 as const, 2 as const),
      vialRoundingPercent: fc.constantFrom(0 as const, 5 as const, 10 as const),
    }),
  });

  it('an entry compared with itself always matches, with no cause', () => {
    fc.assert(
      fc.property(entry, (e) => {
        const c = compare(e, structuredClone(e));
        return c.match && c.entriesSame && c.causes.length === 0 && c.summary.startsWith('Match:');
      }),
      { numRuns: runs(200) },
    );
  });

  it('the comparison is symmetric: swapping the two entries gives the same verdict and the same causes', () => {
    fc.assert(
      fc.property(entry, entry, (a, b) => {
        const ab = compare(a, b);
        const ba = compare(b, a);
        return (
          ab.match === ba.match &&
          JSON.stringify(ab.causes.map((c) => [c.field, c.kind, c.typo])) ===
            JSON.stringify(ba.causes.map((c) => [c.field, c.kind, c.typo]))
        );
      }),
      { numRuns: runs(200) },
    );
  });

  it('every differing value lists at least one cause', () => {
    fc.assert(
      fc.property(entry, entry, (a, b) => compare(a, b).values.every((v) => v.same || v.causes.length > 0)),
      { numRuns: runs(200) },
    );
  });
});
