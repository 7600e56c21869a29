// The verdict is one: `clean` never while the corrected lines differ from the billed ones, every
// changed line comes with a finding marked as its reason, and a finding marked so always changes
// a line. Random claims: any payer, dates on both sides of the JW and JZ dates, any billed lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { administrationCodes } from '../billing';
import { calculate } from '../calculate';
import { auditClaim } from './audit-claim';
import { sameLines } from './findings';
import type { AuditClaim, AuditSuccess, BilledLine, PayerType } from './types';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const billedLine: fc.Arbitrary<BilledLine> = fc.record({
  hcpcs: fc.constantFrom('J9207', 'J9207', 'J9207', 'J9371', '96413', '96415', '96409', 'J1100'),
  modifiers: fc.uniqueArray(fc.constantFrom('JW', 'JZ', 'JG', 'TB', 'KX', 'RR', '59'), { maxLength: 2 }),
  units: fc.integer({ min: 1, max: 120 }),
});

type Change = { index: number; kind: string; modifier: string };

/** The right lines with one coder's slip. */
function changeOne(lines: BilledLine[], change: Change): BilledLine[] {
  const i = change.index % lines.length;
  const line = lines[i] as BilledLine;
  const others = lines.filter((_, j) => j !== i);
  switch (change.kind) {
    case 'drop':
      return others;
    case 'units+1':
      return [...others, { ...line, units: line.units + 1 }];
    case 'units-1':
      return line.units > 1 ? [...others, { ...line, units: line.units - 1 }] : others;
    case 'add modifier':
      return [...others, { ...line, modifiers: [...new Set([...line.modifiers, change.modifier])] }];
    case 'strip modifiers':
      return [...others, { ...line, modifiers: [] }];
    default:
      return line.units > 1 ? [...others, { ...line, units: 1 }, { ...line, units: line.units - 1 }] : lines;
  }
}

const randomClaim: fc.Arbitrary<AuditClaim | undefined> = fc
  .record({
    height: fc.integer({ min: 1400, max: 2100 }),
    weight: fc.integer({ min: 350, max: 1800 }),
    mgPerM2: fc.integer({ min: 10, max: 600 }),
    minutes: fc.integer({ min: 10, max: 300 }),
    dos: fc.constantFrom('2016-12-31', '2017-01-01', '2023-06-30', '2023-07-01', '2026-11-27'),
    payer: fc.constantFrom<PayerType>('medicare', 'medicaid', 'commercial', 'other'),
    jwJzRequired: fc.boolean(),
    kxRequired: fc.boolean(),
    mode: fc.constantFrom('right', 'one change', 'random'),
    change: fc.record({
      index: fc.nat(),
      kind: fc.constantFrom('drop', 'units+1', 'units-1', 'add modifier', 'strip modifiers', 'split'),
      modifier: fc.constantFrom('JW', 'JZ', 'JG', 'KX', 'RR'),
    }),
    lines: fc.array(billedLine, { maxLength: 5 }),
    documentTimes: fc.boolean(),
  })
  .map((v) => {
    const r = calculate({
      height: { value: v.height / 10, unit: 'cm' },
      weight: { value: v.weight / 10, unit: 'kg' },
      doseMgPerM2: v.mgPerM2 / 10,
    });
    if (!r.ok) return undefined;
    const right: BilledLine[] = [
      ...r.billing.lines,
      ...administrationCodes(v.minutes).map((c) => ({ hcpcs: c.code, modifiers: [], units: c.units })),
    ];
    return {
      dateOfService: v.dos,
      payer: { type: v.payer, jwJzRequired: v.jwJzRequired, kxRequired: v.kxRequired },
      documentation: {
        doseMg: r.doseMg,
        kits: r.vials,
        ...(r.billing.wastedMg === undefined ? {} : { discardedMg: r.billing.wastedMg }),
        ...(v.documentTimes ? { infusionStart: hhmm(480), infusionStop: hhmm(480 + v.minutes) } : {}),
      },
      lines: v.mode === 'right' ? right : v.mode === 'random' ? v.lines : changeOne(right, v.change),
      ...(v.payer === 'commercial'
        ? {
            priorAuth: {
              number: 'PA1',
              validFrom: '2016-01-01',
              validTo: '2027-12-31',
              authorizedUnits: 500,
            },
          }
        : {}),
    };
  });

function audited(claim: AuditClaim): AuditSuccess {
  const r = auditClaim(claim, { auditDate: '2026-11-29' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

const problem = (r: AuditSuccess) => r.findings.filter((f) => f.severity !== 'info');

describe('one verdict', () => {
  it('clean exactly when the corrected lines equal the billed lines and nothing else is found', () => {
    fc.assert(
      fc.property(randomClaim, (claim) => {
        fc.pre(claim !== undefined);
        const r = audited(claim as AuditClaim);
        const equal = sameLines(r.billed, r.corrected);
        expect(r.linesMatch).toBe(equal);
        expect(r.clean).toBe(equal && problem(r).length === 0);
        if (r.clean) expect(sameLines(r.billed, r.corrected)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('a corrected line differs exactly when a finding says it is the reason', () => {
    fc.assert(
      fc.property(randomClaim, (claim) => {
        fc.pre(claim !== undefined);
        const r = audited(claim as AuditClaim);
        const reasons = problem(r).filter((f) => f.changesLines);
        expect(reasons.length > 0).toBe(!r.linesMatch);
      }),
      { numRuns: 1500 },
    );
  });

  it('with a complete record (every problem is about the lines), clean ⇔ corrected = billed', () => {
    fc.assert(
      fc.property(randomClaim, (claim) => {
        fc.pre(claim !== undefined);
        const r = audited(claim as AuditClaim);
        fc.pre(problem(r).every((f) => f.changesLines));
        expect(r.clean).toBe(sameLines(r.billed, r.corrected));
      }),
      { numRuns: 1500 },
    );
  });

  it('a rule that does not apply keeps what was billed: non-Medicare payers and dates before JW/JZ never add JW or JZ', () => {
    fc.assert(
      fc.property(randomClaim, (claim) => {
        fc.pre(claim !== undefined);
        const c = claim as AuditClaim;
        const r = audited(c);
        const count = (lines: readonly BilledLine[], m: string) =>
          lines.filter((l) => l.hcpcs === 'J9207' && l.modifiers.includes(m)).length;
        const payerPolicy = c.payer.type !== 'medicare' && !c.payer.jwJzRequired;
        if (payerPolicy || (c.dateOfService ?? '') < '2017-01-01')
          expect(count(r.corrected, 'JW')).toBeLessThanOrEqual(count(r.billed, 'JW'));
        if (payerPolicy || (c.dateOfService ?? '') < '2023-07-01')
          expect(count(r.corrected, 'JZ')).toBeLessThanOrEqual(Math.max(count(r.billed, 'JZ'), 0));
      }),
      { numRuns: 1000 },
    );
  });
});
