// The audit judges least waste among the kit sizes documented as on hand (kits_available).
// Worked by hand: 72.8 mg given, 73 units; 2 × 45 mg = 90 mg opened, 90 − 73 = 17 discarded.
// With both sizes the least waste is 1 × 45 + 2 × 15 = 75 mg; with 45 mg only it is 2 × 45 = 90 mg.
import { describe, expect, it } from 'vitest';
import { auditClaim } from './audit-claim';
import { claimFromCsvRecord } from './csv-row';
import type { AuditClaim, AuditSuccess } from './types';

const twoFortyFives: AuditClaim = {
  dateOfService: '2026-11-27',
  payer: { type: 'medicare' },
  documentation: {
    doseMg: 72.8,
    kits: [{ strengthMg: 45, count: 2 }],
    discardedMg: 17.2,
    infusionStart: '09:00',
    infusionStop: '12:00',
  },
  lines: [
    { hcpcs: 'J9207', modifiers: [], units: 73 },
    { hcpcs: 'J9207', modifiers: ['JW'], units: 17 },
    { hcpcs: '96413', modifiers: [], units: 1 },
    { hcpcs: '96415', modifiers: [], units: 2 },
  ],
};

function audit(claim: unknown): AuditSuccess {
  const r = auditClaim(claim);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('least waste among the documented kit sizes', () => {
  it('2 × 45 mg with both sizes on hand: not least waste, JW corrected to 2', () => {
    const r = audit(twoFortyFives);
    expect(r.findings.map((f) => f.code)).toEqual(['NOT_LEAST_WASTE']);
    expect(r.corrected.find((l) => l.modifiers.includes('JW'))?.units).toBe(2);
  });

  it('2 × 45 mg with 45 mg only on hand: clean, JW × 17 stands', () => {
    const r = audit({
      ...twoFortyFives,
      documentation: { ...twoFortyFives.documentation, kitsAvailableMg: [45] },
    });
    expect(r.findings).toEqual([]);
    expect(r.clean).toBe(true);
    expect(r.expected?.kits).toEqual([{ strengthMg: 45, count: 2 }]);
  });

  it('1 × 45 + 3 × 15 with 45 mg only documented: the finding names the sizes on hand', () => {
    const r = audit({
      ...twoFortyFives,
      documentation: {
        ...twoFortyFives.documentation,
        kits: [
          { strengthMg: 45, count: 2 },
          { strengthMg: 15, count: 1 },
        ],
        discardedMg: undefined,
        kitsAvailableMg: [45],
      },
    });
    const finding = r.findings.find((f) => f.code === 'NOT_LEAST_WASTE');
    expect(finding?.message).toContain('with 45 mg only on hand 2 × 45 mg (90 mg)');
  });

  it('an unreadable size is an error on its field', () => {
    const r = auditClaim({ ...twoFortyFives, documentation: { doseMg: 72.8, kitsAvailableMg: [30] } });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['documentation.kitsAvailableMg']);
  });
});

describe('kits_available CSV column', () => {
  const row = {
    date_of_service: '2026-11-27',
    payer: 'medicare',
    dose_mg: '72.8',
    kits_45mg: '2',
    lines: 'J9207 x 73; J9207-JW x 17',
  };
  it.each([
    ['45', [45]],
    ['45 mg only', [45]],
    ['15;45', [15, 45]],
    ['45 and 15', [15, 45]],
    ['15', [15]],
  ])('%j → %j', (text, expected) => {
    const r = claimFromCsvRecord({ ...row, kits_available: text });
    expect(r.ok && r.claim.documentation?.kitsAvailableMg).toEqual(expected);
  });

  it('empty means not documented (both sizes)', () => {
    const r = claimFromCsvRecord({ ...row, kits_available: '' });
    expect(r.ok && r.claim.documentation?.kitsAvailableMg).toBeUndefined();
  });

  it.each(['30', 'none', '15;30'])('%j is refused, naming the column', (text) => {
    const r = claimFromCsvRecord({ ...row, kits_available: text });
    expect(r.ok ? [] : r.errors).toEqual([`kits_available: "${text}" is not 15;45, 45 or 15.`]);
  });
});
