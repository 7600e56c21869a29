import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../decimal';
import {
  formatLimit,
  formatUsd,
  medicareRevenue,
  priceClaim,
  quarterOf,
  readPaymentLimit,
  readQuarter,
  sequestrationOn,
  split,
} from './revenue';
import { batchRevenue, medicareRevenueTotals } from './revenue-batch';
import type { BilledLine } from './types';

const L = (hcpcs: string, units: number, ...modifiers: string[]): BilledLine => ({ hcpcs, modifiers, units });
const billed73 = [L('J9207', 73), L('96413', 1)];
const corrected75 = [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1)];

describe('medicareRevenue (one limit): to the cent, by hand', () => {
  it('$10.50: billed 73 × 10.50 = 766.50; corrected + 2 × 10.50 = 787.50; 20% = 157.50; 2% of 630.00 = 12.60', () => {
    const r = medicareRevenue(billed73, corrected75, '10.50', '2026 Q4', '2026-11-27');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.billed.map((p) => p.allowed)).toEqual(['766.50', undefined]);
    expect(r.corrected.map((p) => p.allowed)).toEqual(['766.50', '21.00', undefined]);
    expect(r.jwLine).toMatchObject({ units: 2, allowed: '21.00' });
    expect(r.difference).toBe('21.00');
    expect(r.correctedTotal).toEqual({
      allowed: '787.50',
      coinsurance: '157.50',
      medicarePortion: '630.00',
      sequestration: '12.60',
      medicarePayment: '617.40',
    });
  });

  it('the reported case: 73 × $123.456 = 9,012.288 → $9,012.29, shown with the limit at full precision', () => {
    // JW 2 × 123.456 = 246.912 → 246.91; total 9,012.29 + 246.91 = 9,259.20; 20% = 1,851.84;
    // portion 7,407.36; 2% = 148.1472 → 148.15; Medicare pays 7,407.36 − 148.15 = 7,259.21.
    const r = medicareRevenue(
      [L('J9207', 73)],
      [L('J9207', 73), L('J9207', 2, 'JW')],
      '123.456',
      '2026 Q4',
      '2026-11-27',
    );
    if (!r.ok) throw new Error('not priced');
    expect(r.corrected.map((p) => [p.exact, p.allowed])).toEqual([
      ['9012.288', '9012.29'],
      ['246.912', '246.91'],
    ]);
    expect(`73 × ${formatLimit(r.paymentLimitPerUnit)} = ${formatUsd(r.billedTotal.allowed)}`).toBe(
      '73 × $123.456 = $9,012.29',
    );
    expect(r.correctedTotal).toEqual({
      allowed: '9259.20',
      coinsurance: '1851.84',
      medicarePortion: '7407.36',
      sequestration: '148.15',
      medicarePayment: '7259.21',
    });
  });

  it('each line is rounded once and the total adds the rounded lines: 1 × 1.115 + 1 × 1.115 = 1.12 + 1.12 = 2.24', () => {
    // Rounding the exact total instead (2.23) would show lines that do not add up.
    const r = medicareRevenue([], [L('J9207', 1), L('J9207', 1, 'JW')], '1.115', '2026 Q4');
    expect(r.ok && r.corrected.map((p) => p.allowed)).toEqual(['1.12', '1.12']);
    expect(r.ok && r.correctedTotal.allowed).toBe('2.24');
  });

  it('odd cents: $10.01 × 73 = 730.73; 20% = 146.146 → 146.15; portion 584.58; 2% = 11.6916 → 11.69; pays 572.89', () => {
    const r = medicareRevenue([L('J9207', 73)], [L('J9207', 73)], '10.01', '2026 Q4', '2026-11-27');
    expect(r.ok && r.billedTotal).toEqual({
      allowed: '730.73',
      coinsurance: '146.15',
      medicarePortion: '584.58',
      sequestration: '11.69',
      medicarePayment: '572.89',
    });
  });

  it('a negative difference when the claim billed too much: 80 billed vs 73 + 2 = 75 corrected', () => {
    const r = medicareRevenue([L('J9207', 80)], [L('J9207', 73), L('J9207', 2, 'JW')], '10', '2026 Q4');
    expect(r.ok && r.difference).toBe('-50.00'); // (75 − 80) × 10
  });

  it('an empty quarter says why a quarter is needed; an unreadable one says how to write it', () => {
    const empty = medicareRevenue([], [], '', '');
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.errors.map((e) => e.field)).toEqual(['paymentLimit', 'quarter']);
      expect(empty.errors[1]?.message).toContain(
        'a limit prices only claims with a date of service in its quarter',
      );
    }
    const bad = medicareRevenue([], [], '10', 'fourth');
    expect(!bad.ok && bad.errors[0]?.message).toBe(
      'Write the quarter as the year and quarter, e.g. 2026 Q4.',
    );
  });
});

describe('sequestration by date of service, both sides of each date', () => {
  it.each([
    ['2013-03-31', 0],
    ['2013-04-01', 2],
    ['2020-04-30', 2],
    ['2020-05-01', 0],
    ['2022-03-31', 0],
    ['2022-04-01', 1],
    ['2022-06-30', 1],
    ['2022-07-01', 2],
    ['2026-11-27', 2],
  ])('%s → %i%%', (dos, percent) => {
    expect(sequestrationOn(dos).percent).toBe(percent);
    expect(sequestrationOn(dos).source).not.toBe('');
  });

  it('1% on 2022-05-10: $10 × 75 = 750.00; 20% = 150.00; 1% of 600.00 = 6.00; pays 594.00', () => {
    const r = medicareRevenue([], [L('J9207', 75, 'JZ')], '10', '2022 Q2', '2022-05-10');
    expect(
      r.ok && [r.sequestrationPercent, r.correctedTotal.sequestration, r.correctedTotal.medicarePayment],
    ).toEqual([1, '6.00', '594.00']);
  });

  it('suspended on 2021-01-15: pays the whole 600.00 portion', () => {
    const r = medicareRevenue([], [L('J9207', 75, 'JZ')], '10', '2021 Q1', '2021-01-15');
    expect(r.ok && r.correctedTotal.medicarePayment).toBe('600.00');
    expect(r.ok && r.sequestrationSource).toContain('CARES Act');
  });
});

describe('priceClaim: Medicare only, at its own quarter', () => {
  const q4 = [{ limit: '10', quarter: '2026 Q4' }];
  it.each(['medicaid', 'commercial', 'other'] as const)('%s is not priced, with why', (payer) => {
    const r = priceClaim({ dateOfService: '2026-11-27', payer }, billed73, corrected75, q4);
    expect(r.status).toBe('not-priced');
    expect(r.status === 'not-priced' && r.reason).toContain("the ASP payment limit is Medicare Part B's");
  });

  it('a 2019 claim is not priced at the 2026 Q4 limit; it is at a 2019 Q2 limit given beside it', () => {
    const claim = { dateOfService: '2019-05-03', payer: 'medicare' as const };
    expect(priceClaim(claim, billed73, corrected75, q4)).toEqual({
      status: 'not-priced',
      reason:
        'Not priced: no payment limit was entered for 2019 Q2, the quarter of the date of service 2019-05-03.',
      quarter: '2019 Q2',
    });
    const both = priceClaim(claim, billed73, corrected75, [...q4, { limit: '8.125', quarter: 'Q2 2019' }]);
    // 73 × 8.125 = 593.125 → 593.13.
    expect(both.status === 'priced' && [both.revenue.quarter, both.revenue.billedTotal.allowed]).toEqual([
      '2019 Q2',
      '593.13',
    ]);
  });

  it('quarter boundaries: 2026-09-30 is Q3, 2026-10-01 is Q4; 2026-01-01 Q1; 2026-12-31 Q4', () => {
    expect(['2026-09-30', '2026-10-01', '2026-01-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026 Q3',
      '2026 Q4',
      '2026 Q1',
      '2026 Q4',
    ]);
    expect(
      priceClaim({ dateOfService: '2026-09-30', payer: 'medicare' }, billed73, corrected75, q4).status,
    ).toBe('not-priced');
    expect(
      priceClaim({ dateOfService: '2026-10-01', payer: 'medicare' }, billed73, corrected75, q4).status,
    ).toBe('priced');
  });

  it('no date of service: not priced; a quarter given twice with two limits: refused', () => {
    expect(priceClaim({ payer: 'medicare' }, billed73, corrected75, q4).status).toBe('not-priced');
    const twice = priceClaim(
      { dateOfService: '2026-11-27', payer: 'medicare' },
      [],
      [],
      [...q4, { limit: '11', quarter: '2026Q4' }],
    );
    expect(twice.status).toBe('invalid');
  });
});

describe('batchRevenue: one limit per quarter', () => {
  it('prices each Medicare claim at its quarter and lists the rest, to the cent', () => {
    // 1: Medicare 2026-11-27 at $10: billed 73 → 730.00; corrected 75 → 750.00 (JW 20.00); pays
    //    750 − 150 = 600; 2% = 12.00 → 588.00.
    // 2: Medicare 2019-05-03 at $8.125: billed 593.125 → 593.13; corrected 593.13 + 16.25 = 609.38;
    //    20% = 121.876 → 121.88; portion 487.50; 2% = 9.75 → pays 477.75.
    // 3: Medicaid: not priced. 4: Medicare 2024-02-01: no 2024 Q1 limit, not priced.
    const claims = [
      { dateOfService: '2026-11-27', payer: 'medicare' as const, billed: billed73, corrected: corrected75 },
      { dateOfService: '2019-05-03', payer: 'medicare' as const, billed: billed73, corrected: corrected75 },
      { dateOfService: '2026-11-27', payer: 'medicaid' as const, billed: billed73, corrected: corrected75 },
      { dateOfService: '2024-02-01', payer: 'medicare' as const, billed: billed73, corrected: corrected75 },
    ];
    const r = batchRevenue(claims, [
      { limit: '10', quarter: '2026 Q4' },
      { limit: '8.125', quarter: '2019 Q2' },
      { limit: '', quarter: '' },
    ]);
    expect(r).toMatchObject({
      ok: true,
      claims: 2,
      quarters: [
        { quarter: '2019 Q2', paymentLimitPerUnit: '8.125', claims: 1 },
        { quarter: '2026 Q4', paymentLimitPerUnit: '10', claims: 1 },
      ],
      billedAllowed: '1323.13',
      correctedAllowed: '1359.38',
      difference: '36.25',
      jwUnits: 4,
      jwAllowed: '36.25',
      correctedMedicarePayment: '1065.75',
    });
    expect(r.ok && r.notPriced.map((n) => n.index)).toEqual([2, 3]);
    expect(r.ok && r.notPriced[1]?.quarter).toBe('2024 Q1');
  });

  it('without any limit: asks for one', () => {
    expect(batchRevenue([], []).ok).toBe(false);
  });
});

describe('split', () => {
  it('1000 → 200 coinsurance, 800 portion, 16 sequestration, 784 paid', () => {
    expect(split(dec(1000))).toEqual({
      allowed: '1000.00',
      coinsurance: '200.00',
      medicarePortion: '800.00',
      sequestration: '16.00',
      medicarePayment: '784.00',
    });
  });

  it('the shown figures add up: coinsurance + portion = allowed; sequestration + payment = portion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(0, 1, 2), (cents, percent) => {
        const allowed = dec(cents).dividedBy(100);
        const s = split(allowed, percent);
        expect(dec(s.coinsurance).plus(s.medicarePortion).toFixed(2)).toBe(s.allowed);
        expect(dec(s.sequestration).plus(s.medicarePayment).toFixed(2)).toBe(s.medicarePortion);
        for (const v of Object.values(s)) expect(v).toMatch(/^\d+\.\d{2}$/);
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

describe('formatUsd and formatLimit', () => {
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

  it.each([
    ['123.456', '$123.456'],
    ['10.5', '$10.50'],
    ['1234.5678', '$1,234.5678'],
    ['7', '$7.00'],
  ])('limit %s → %s', (amount, expected) => {
    expect(formatLimit(amount)).toBe(expected);
  });
});

describe('medicareRevenueTotals (one limit)', () => {
  it('claims without payer or date are priced at the limit: 1530.00 billed, 1500.00 corrected', () => {
    // Claim 1: billed 73, corrected 73 + 2 = 75. Claim 2: billed 80, corrected 75. At $10.
    const r = medicareRevenueTotals(
      [
        { billed: [L('J9207', 73)], corrected: [L('J9207', 73), L('J9207', 2, 'JW')] },
        { billed: [L('J9207', 80), L('96413', 1)], corrected: corrected75 },
      ],
      '10',
      '2026 Q4',
    );
    expect(r).toMatchObject({
      ok: true,
      claims: 2,
      billedAllowed: '1530.00',
      correctedAllowed: '1500.00',
      difference: '-30.00',
      jwUnits: 4,
      jwAllowed: '40.00',
    });
  });

  it('claims that carry payer and date: a Medicaid and a 2019 claim are left out, with why', () => {
    const r = medicareRevenueTotals(
      [
        { dateOfService: '2026-11-27', payer: 'medicare', billed: billed73, corrected: corrected75 },
        { dateOfService: '2026-11-27', payer: 'medicaid', billed: billed73, corrected: corrected75 },
        { dateOfService: '2019-05-03', payer: 'medicare', billed: billed73, corrected: corrected75 },
      ],
      '10',
      '2026 Q4',
    );
    expect(r.ok && [r.claims, r.correctedAllowed, r.notPriced?.map((n) => n.index)]).toEqual([
      1,
      '750.00',
      [1, 2],
    ]);
  });

  it('prices nothing without the limit', () => {
    expect(medicareRevenueTotals([], 'abc', '2026 Q4').ok).toBe(false);
  });
});
