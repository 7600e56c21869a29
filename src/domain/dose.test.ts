import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import { calculatedDose, vialRoundedDose } from './dose';

describe('calculatedDose', () => {
  it('35 mg/m² × 2.09 m² = 73.15 mg exactly → 73.2 mg (half-up), not the float 73.1', () => {
    expect(calculatedDose(dec(35), dec('2.09'), 1).toFixed()).toBe('73.2');
  });
  it('rounds to the policy decimals', () => {
    // 40 × 1.8181186857… = 72.7247474… mg
    const bsa = dec(11900).div(3600).sqrt();
    expect(calculatedDose(dec(40), bsa, 0).toFixed()).toBe('73');
    expect(calculatedDose(dec(40), bsa, 1).toFixed()).toBe('72.7');
    expect(calculatedDose(dec(40), bsa, 2).toFixed()).toBe('72.72');
  });
  it('never rises above ordered × 2.2 m² through rounding: 40.25 × 2.2 = 88.55 → 88.5, not 88.6', () => {
    expect(calculatedDose(dec('40.25'), dec('2.2'), 1).toFixed()).toBe('88.5');
  });
});

describe('vialRoundedDose', () => {
  it('off at 0%', () => {
    expect(vialRoundedDose(dec('72.8'), dec(40), 0)).toBeUndefined();
  });
  it('72.8 mg → 75 mg within 5% (2.2 ≤ 3.64) and 10%', () => {
    expect(vialRoundedDose(dec('72.8'), dec(40), 5)?.toFixed()).toBe('75');
    expect(vialRoundedDose(dec('72.8'), dec(40), 10)?.toFixed()).toBe('75');
  });
  it('the percentage is inclusive: 50 mg → 45 mg at 10% (|45 − 50| = 5 = 10% of 50)', () => {
    expect(vialRoundedDose(dec(50), dec(40), 10)?.toFixed()).toBe('45');
    expect(vialRoundedDose(dec('49.99'), dec(40), 10)?.toFixed()).toBe('45');
    // 50.01: 45 is 5.01 away (> 5.001) and 60 is 9.99 away (> 5.001) → no rounding.
    expect(vialRoundedDose(dec('50.01'), dec(40), 10)).toBeUndefined();
  });
  it('5% is narrower than 10%: 68.2 mg → 75 at 10% (6.8 ≤ 6.82), nothing at 5% (6.8 > 3.41)', () => {
    expect(vialRoundedDose(dec('68.2'), dec(40), 10)?.toFixed()).toBe('75');
    expect(vialRoundedDose(dec('68.2'), dec(40), 5)).toBeUndefined();
  });
  it('a tie goes to the lower total: 82.5 mg is 7.5 from 75 and from 90', () => {
    expect(vialRoundedDose(dec('82.5'), dec(50), 10)?.toFixed()).toBe('75');
  });
  it('never above ordered × 2.2 m²: 86 mg at 40 mg/m² cannot go to 90 (> 88); 75 is 11 away (> 8.6)', () => {
    expect(vialRoundedDose(dec(86), dec(40), 10)).toBeUndefined();
  });
  it('a dose that is already a vial total is left alone', () => {
    expect(vialRoundedDose(dec(60), dec(40), 10)).toBeUndefined();
  });
  it('never rounds down to zero: 1 mg stays', () => {
    expect(vialRoundedDose(dec(1), dec(1), 10)).toBeUndefined();
  });
});
