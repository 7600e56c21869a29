// The weight-change guard: a change of 10% or more since the last BSA calculation raises WEIGHT_CHANGE
// (docs/reference.md, "Re-weigh: recalculate BSA when weight changes ≥ 10% (adults)").
// The change is |now − before| ÷ before, on exact decimals after converting both to kg.
import { describe, expect, it } from 'vitest';
import { calculate } from './index';
import type { CalculationInput, WeightUnit } from './types';

function weightChange(previous: [number, WeightUnit], current: [number, WeightUnit]) {
  const input: CalculationInput = {
    height: { value: 170, unit: 'cm' },
    weight: { value: current[0], unit: current[1] },
    doseMgPerM2: 40,
    previousWeight: { value: previous[0], unit: previous[1] },
  };
  const result = calculate(input);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.checks.find((c) => c.code === 'WEIGHT_CHANGE');
}

describe('WEIGHT_CHANGE at 10% of the previous weight', () => {
  it.each([
    // previous → current: change by hand
    ['loss, kg: 100 → 90.01 kg = 9.99 ÷ 100 = 9.99%', [100, 'kg'], [90.01, 'kg'], false],
    ['loss, kg: 100 → 90 kg = 10 ÷ 100 = 10%', [100, 'kg'], [90, 'kg'], true],
    ['loss, kg: 100 → 89.99 kg = 10.01 ÷ 100 = 10.01%', [100, 'kg'], [89.99, 'kg'], true],
    ['gain, kg: 100 → 109.99 kg = 9.99%', [100, 'kg'], [109.99, 'kg'], false],
    ['gain, kg: 100 → 110 kg = 10%', [100, 'kg'], [110, 'kg'], true],
    ['gain, kg: 100 → 110.01 kg = 10.01%', [100, 'kg'], [110.01, 'kg'], true],
    // Both in lb: the factor 0.45359237 cancels, so the change is the same in pounds.
    ['loss, lb: 200 → 180.02 lb = 19.98 ÷ 200 = 9.99%', [200, 'lb'], [180.02, 'lb'], false],
    ['loss, lb: 200 → 180 lb = 20 ÷ 200 = 10%', [200, 'lb'], [180, 'lb'], true],
    ['loss, lb: 200 → 179.98 lb = 20.02 ÷ 200 = 10.01%', [200, 'lb'], [179.98, 'lb'], true],
    ['gain, lb: 200 → 219.98 lb = 9.99%', [200, 'lb'], [219.98, 'lb'], false],
    ['gain, lb: 200 → 220 lb = 10%', [200, 'lb'], [220, 'lb'], true],
    ['gain, lb: 200 → 220.02 lb = 10.01%', [200, 'lb'], [220.02, 'lb'], true],
    // Mixed units: 100 lb = 45.359237 kg exactly; × 1.1 = 49.8951607 kg exactly.
    ['gain, lb → kg: 100 lb → 49.8951606 kg, just under 10%', [100, 'lb'], [49.8951606, 'kg'], false],
    ['gain, lb → kg: 100 lb → 49.8951607 kg = 10% exactly', [100, 'lb'], [49.8951607, 'kg'], true],
    ['gain, lb → kg: 100 lb → 49.8951608 kg, just over 10%', [100, 'lb'], [49.8951608, 'kg'], true],
    // 45.359237 kg = 100 lb; 110 lb is exactly 10% more, 109.99 lb is 9.99% more.
    ['gain, kg → lb: 45.359237 kg → 109.99 lb = 9.99%', [45.359237, 'kg'], [109.99, 'lb'], false],
    ['gain, kg → lb: 45.359237 kg → 110 lb = 10%', [45.359237, 'kg'], [110, 'lb'], true],
    // 49.8951607 kg = 110 lb exactly; 99 lb (44.90564463 kg) is 11 ÷ 110 = 10% less.
    ['loss, kg → lb: 49.8951607 kg (110 lb) → 99 lb = 11 ÷ 110 = 10%', [49.8951607, 'kg'], [99, 'lb'], true],
    [
      'loss, kg → lb: 49.8951607 kg (110 lb) → 99.01 lb = 10.99 ÷ 110 = 9.99%',
      [49.8951607, 'kg'],
      [99.01, 'lb'],
      false,
    ],
  ] as const)('%s', (_name, previous, current, raised) => {
    const check = weightChange([previous[0], previous[1]], [current[0], current[1]]);
    expect(check !== undefined).toBe(raised);
  });

  it('is a warning that names the change and asks for a recalculation confirmed with the prescriber', () => {
    const check = weightChange([100, 'kg'], [90, 'kg']);
    expect(check?.severity).toBe('warning');
    // 10 ÷ 100 = 10%; 100 → 90 kg.
    expect(check?.message).toMatch(/Weight changed by 10% since the last BSA calculation \(100 → 90 kg\)/);
    expect(check?.message).toMatch(/recalculate the dose and confirm it with the prescriber/);
    expect(check?.source).toMatch(/10%/);
  });

  it('raises nothing without a previous weight', () => {
    const result = calculate({
      height: { value: 170, unit: 'cm' },
      weight: { value: 90, unit: 'kg' },
      doseMgPerM2: 40,
    });
    expect(result.ok && result.checks.some((c) => c.code === 'WEIGHT_CHANGE')).toBe(false);
  });

  it('reports an implausible previous weight as an error on its field, not as a change', () => {
    const result = calculate({
      height: { value: 170, unit: 'cm' },
      weight: { value: 70, unit: 'kg' },
      doseMgPerM2: 40,
      previousWeight: { value: 10, unit: 'kg' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['previousWeight']);
  });
});
