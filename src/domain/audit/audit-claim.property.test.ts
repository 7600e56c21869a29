import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../testing/runs';
import { administrationCodes } from '../billing';
import { calculate } from '../calculate';
import type { CalculationInput } from '../types';
import { auditClaim } from './audit-claim';
import type { AuditClaim, BilledLine } from './types';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Valid calculation inputs: adult measurements, label-range doses, any policy, optional infusion time. */
const calculationInput: fc.Arbitrary<CalculationInput> = fc.record(
  {
    height: fc.record({
      value: fc.integer({ min: 1400, max: 2100 }).map((v) => v / 10),
      unit: fc.constant('cm' as const),
    }),
    weight: fc.record({
      value: fc.integer({ min: 350, max: 1800 }).map((v) => v / 10),
      unit: fc.constant('kg' as const),
    }),
    doseMgPerM2: fc.integer({ min: 1, max: 600 }).map((v) => v / 10),
    policy: fc.record({
      doseDecimals: fc.constantFrom(0, 1, 2),
      vialRoundingPercent: fc.constantFrom(0, 5, 10),
    }),
    infusionMinutes: fc.integer({ min: 1, max: 360 }),
    modifier340B: fc.constantFrom('JG' as const, 'TB' as const),
  },
  { requiredKeys: ['height', 'weight', 'doseMgPerM2'] },
);

function without340B({ modifier340B: _m, ...rest }: CalculationInput): CalculationInput {
  return rest;
}

function claimFromCalculation(input: CalculationInput): AuditClaim | undefined {
  const r = calculate(input);
  if (!r.ok) return undefined;
  const start = 8 * 60;
  // Without infusion minutes, the record documents the label's 3 hours.
  const minutes = input.infusionMinutes ?? 180;
  const adminCodes =
    input.infusionMinutes === undefined ? administrationCodes(minutes) : r.billing.adminCodes;
  const lines: BilledLine[] = [
    ...r.billing.lines,
    ...adminCodes.map((c) => ({ hcpcs: c.code, modifiers: [], units: c.units })),
  ];
  return {
    dateOfService: '2026-11-27',
    payer: { type: 'medicare' },
    documentation: {
      doseMg: r.doseMg,
      kits: r.vials,
      ...(r.billing.wastedMg === undefined ? {} : { discardedMg: r.billing.wastedMg }),
      infusionStart: hhmm(start),
      infusionStop: hhmm(start + minutes),
    },
    lines,
  };
}

describe('auditClaim properties', () => {
  it('never throws on arbitrary values and answers ok true or ok false with errors', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = auditClaim(value);
        if (r.ok) expect(Array.isArray(r.findings)).toBe(true);
        else expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(500) },
    );
  });

  it('never throws on arbitrary JSON shaped like a claim', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.double(), fc.string());
    const line = fc.record({
      hcpcs: fc.oneof(
        fc.constantFrom('J9207', 'J9371', 'Q5107', '96413', '96415', '96409', 'J1100'),
        fc.string(),
      ),
      modifiers: fc.oneof(fc.array(fc.constantFrom('JW', 'JZ', 'JG', 'TB', 'KX', 'RR', '59')), anyValue),
      units: fc.oneof(fc.integer({ min: -5, max: 500 }), anyValue),
    });
    const claimLike = fc.record(
      {
        dateOfService: fc.oneof(fc.constantFrom('2026-11-27', '2016-12-31', '2024-02-29'), anyValue),
        payer: fc.oneof(
          fc.record({
            type: fc.constantFrom('medicare', 'commercial', 'x'),
            kxRequired: fc.oneof(fc.boolean(), anyValue),
          }),
          anyValue,
        ),
        documentation: fc.oneof(
          fc.record(
            {
              doseMg: fc.oneof(fc.double({ min: -10, max: 500, noNaN: false }), anyValue),
              height: fc.oneof(
                fc.record({ value: fc.double(), unit: fc.constantFrom('cm', 'in', 'm') }),
                anyValue,
              ),
              weight: fc.oneof(
                fc.record({ value: fc.double(), unit: fc.constantFrom('kg', 'lb') }),
                anyValue,
              ),
              doseMgPerM2: fc.oneof(fc.double(), anyValue),
              kits: fc.oneof(
                fc.array(
                  fc.record({
                    strengthMg: fc.constantFrom(15, 45, 30),
                    count: fc.integer({ min: -1, max: 9 }),
                  }),
                ),
                anyValue,
              ),
              discardedMg: fc.oneof(fc.double(), anyValue),
              infusionStart: fc.oneof(fc.constantFrom('09:00', '23:59', '24:00', '9:5'), anyValue),
              infusionStop: fc.oneof(fc.constantFrom('12:00', '00:00', '09:00'), anyValue),
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
        lines: fc.oneof(fc.array(line, { maxLength: 6 }), anyValue),
        priorAuth: fc.oneof(
          fc.record(
            {
              number: anyValue,
              validFrom: fc.oneof(fc.constantFrom('2026-01-01', '2026-13-01'), anyValue),
              validTo: fc.oneof(fc.constantFrom('2026-12-31', '2025-01-01'), anyValue),
              authorizedUnits: fc.oneof(fc.integer({ min: -1, max: 200 }), anyValue),
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(claimLike, (value) => {
        const r = auditClaim(value);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: runs(1000) },
    );
  });

  it('every claim calculate produces (with its admin codes) audits clean', () => {
    fc.assert(
      fc.property(calculationInput, (input) => {
        const claim = claimFromCalculation(input);
        fc.pre(claim !== undefined);
        const r = auditClaim(claim);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.findings).toEqual([]);
          expect(r.corrected).toEqual(claim?.lines);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('documenting height, weight and mg/m² instead of the dose audits clean too (default policy)', () => {
    const input = fc.record({
      height: fc.integer({ min: 1400, max: 2100 }).map((v) => v / 10),
      weight: fc.integer({ min: 350, max: 1800 }).map((v) => v / 10),
      mgPerM2: fc.integer({ min: 10, max: 600 }).map((v) => v / 10),
    });
    fc.assert(
      fc.property(input, ({ height, weight, mgPerM2 }) => {
        const calc: CalculationInput = {
          height: { value: height, unit: 'cm' },
          weight: { value: weight, unit: 'kg' },
          doseMgPerM2: mgPerM2,
        };
        const claim = claimFromCalculation(calc);
        fc.pre(claim !== undefined);
        const { doseMg: _dose, ...rest } = claim?.documentation ?? {};
        const r = auditClaim({
          ...claim,
          documentation: { ...rest, height: calc.height, weight: calc.weight, doseMgPerM2: mgPerM2 },
        });
        expect(r.ok && r.findings).toEqual([]);
      }),
      { numRuns: runs(200) },
    );
  });

  it('applying the fix: the corrected lines of any billed line set audit clean with the same documentation', () => {
    const billedLine = fc.record({
      hcpcs: fc.constantFrom('J9207', 'J9371', 'J9262', '96413', '96415', '96409'),
      modifiers: fc.uniqueArray(fc.constantFrom('JW', 'JZ', 'RR', 'KX', 'JG'), { maxLength: 3 }),
      units: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(calculationInput, fc.array(billedLine, { maxLength: 6 }), (input, lines) => {
        const claim = claimFromCalculation(without340B(input));
        fc.pre(claim !== undefined);
        const first = auditClaim({ ...claim, lines });
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const second = auditClaim({ ...claim, lines: first.corrected });
        // Lines cannot fix missing documentation: administration codes billed without times stay flagged.
        const lineFindings = second.ok
          ? second.findings.filter((f) => f.severity !== 'info' && f.code !== 'TIMES_MISSING')
          : undefined;
        expect(lineFindings).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });
});
