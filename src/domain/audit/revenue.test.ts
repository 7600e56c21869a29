import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../decimal';
import {
  formatUsd,
  medicareRevenue,
  medicareRevenueTotals,
  readPaymentLimit,
  readQuarter,
  split,
} from './revenue';
import type { BilledLine } from './types';

const L = (hcpcs: string, units: number, ...modifiers: string[]): BilledLine => ({ hcpcs, modifiers, units });

describe('medicareRevenue', () => {
  it('prices J9207 lines at units × limit and shows what the JW line recovers', () => {
    // Limit $10.50 (typed by the user). Billed J9207 × 73 → 73 × 10.50 = 766.50.
    // Corrected J9207 × 73 + J9207-JW × 2 → 766.50 + 21.00 = 787.50; the JW line recovers 2 × 10.50 = 21.00.
    const r = medicareRevenue(
      [L('J9207', 73), L('96413', 1)],
      [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1)],
      '10.50',
      '2026 Q4',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.billed.map((p) => p.allowed)).toEqual(['766.5', undefined]);
    expect(r.corrected.map((p) => p.allowed)).toEqual(['766.5', '21', undefined]);
    expect(r.jwLine).toMatchObject({ units: 2, allowed: '21' });
    expect(r.difference).toBe('21');
    // 787.50 × 20% = 157.50 coinsurance; 787.50 − 157.50 = 630 Medicare portion;
    // 2% sequestration on 630 = 12.60; Medicare pays 630 − 12.60 = 617.40.
    expect(r.correctedTotal).toEqual({
      allowed: '787.5',
      coinsurance: '157.5',
      medicarePortion: '630',
      sequestration: '12.6',
      medicarePayment: '617.4',
    });
    expect(r.quarter).toBe('2026 Q4');
  });

  it('keeps exact decimals: a three-decimal limit × units is not rounded before display', () => {
    // 12.345 × 73 = 901.185 exactly → shown $901.19 (half-up).
    const r = medicareRevenue([L('J9207', 73)], [L('J9207', 73)], '12.345', '2026Q4');
    expect(r.ok && r.billedTotal.allowed).toBe('901.185');
    expect(formatUsd('901.185')).toBe('$901.19');
  });

  it('a negative difference when the claim billed too much: 80 billed vs 73 + 2 = 75 corrected', () => {
    const r = medicareRevenue([L('J9207', 80)], [L('J9207', 73), L('J9207', 2, 'JW')], '10', '2026 Q4');
    expect(r.ok && r.difference).toBe('-50'); // (75 − 80) × 10
  });

  it('never prices without a limit and a quarter the user typed', () => {
    const r = medicareRevenue([], [], '', '');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['paymentLimit', 'quarter']);
  });
});

describe('split', () => {
  it('1000 → 200 coinsurance, 800 portion, 16 sequestration, 784 paid', () => {
    expect(split(dec(1000))).toEqual({
      allowed: '1000',
      coinsurance: '200',
      medicarePortion: '800',
      sequestration: '16',
      medicarePayment: '784',
    });
  });

  it('what Medicare pays is exactly allowed × 0.8 × 0.98', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        const allowed = dec(cents).dividedBy(100);
        expect(split(allowed).medicarePayment).toBe(allowed.times('0.784').toFixed());
      }),
    );
  });
});

describe('readPaymentLimit and readQuarter', () => {
  it.each([
    ['12.345', '12.345'],
    ['$1,234.5', '1234.5'],
    [' 7 ', '7'],
    ['0', undefined],
    ['-3', undefined],
    ['abc', undefined],
    ['1e3', undefined],
    ['', undefined],
  ])('limit %j → %j', (text, expected) => {
    expect(readPaymentLimit(text)?.toFixed()).toBe(expected);
  });

  it.each([
    ['2026 Q4', '2026 Q4'],
    ['2026q1', '2026 Q1'],
    ['Q3 2026', '2026 Q3'],
    ['2026 Q5', undefined],
    ['Q4', undefined],
  ])('quarter %j → %j', (text, expected) => {
    expect(readQuarter(text)).toBe(expected);
  });
});

describe('formatUsd', () => {
  it.each([
    ['0.124', '$0.12'],
    ['0.125', '$0.13'], // half-up at the cent
    ['1234.565', '$1,234.57'],
    ['1000000', '$1,000,000.00'],
    ['-21', '−$21.00'],
    ['0', '$0.00'],
  ])('%s → %s', (amount, expected) => {
    expect(formatUsd(amount)).toBe(expected);
  });
});

describe('medicareRevenueTotals', () => {
  it('adds J9207 units over claims before pricing them at the typed limit', () => {
    // Claim 1: billed 73, corrected 73 + 2 = 75. Claim 2: billed 80, corrected 75.
    // At $10: billed (73 + 80) × 10 = 1530; corrected (75 + 75) × 10 = 1500; difference −30;
    // JW units 2 + 2 = 4 → $40.
    const r = medicareRevenueTotals(
      [
        { billed: [L('J9207', 73)], corrected: [L('J9207', 73), L('J9207', 2, 'JW')] },
        {
          billed: [L('J9207', 80), L('96413', 1)],
          corrected: [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1)],
        },
      ],
      '10',
      '2026 Q4',
    );
    expect(r).toMatchObject({
      ok: true,
      claims: 2,
      billedAllowed: '1530',
      correctedAllowed: '1500',
      difference: '-30',
      jwUnits: 4,
      jwAllowed: '40',
    });
  });

  it('prices nothing without the limit', () => {
    expect(medicareRevenueTotals([], 'abc', '2026 Q4').ok).toBe(false);
  });
});
