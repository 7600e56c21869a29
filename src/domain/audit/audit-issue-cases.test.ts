// The audit's payer- and date-aware rules and its plausibility findings, each on both sides of its
// boundary, with the cases a billing auditor reported (values worked out by hand in the comments).
import { describe, expect, it } from 'vitest';
import { auditClaim } from './audit-claim';
import { labelMaxDoseMg } from './dose-rules';
import { modifierRule } from './jwjz-rules';
import type {
  AuditClaim,
  AuditFindingCode,
  AuditSuccess,
  BilledLine,
  ClaimDocumentation,
  PayerType,
} from './types';

const L = (hcpcs: string, units: number, ...modifiers: string[]): BilledLine => ({ hcpcs, modifiers, units });
// 72.8 mg → 73 units given; kits 45 + 2 × 15 = 75 mg; 75 − 73 = 2 units discarded (2.2 mg).
const kits75 = [
  { strengthMg: 45, count: 1 },
  { strengthMg: 15, count: 2 },
];
const admin = [L('96413', 1), L('96415', 2)]; // 09:00–12:00 = 180 min → 96413 + 96415 × 2

type DocPatch = { [K in keyof ClaimDocumentation]?: ClaimDocumentation[K] | undefined };

function claim(over: Partial<AuditClaim> = {}, doc: DocPatch = {}): AuditClaim {
  return {
    dateOfService: '2026-11-27',
    payer: { type: 'medicare' },
    lines: [L('J9207', 73), L('J9207', 2, 'JW'), ...admin],
    ...over,
    documentation: Object.fromEntries(
      Object.entries({
        doseMg: 72.8,
        kits: kits75,
        discardedMg: 2.2,
        infusionStart: '09:00',
        infusionStop: '12:00',
        ...doc,
      }).filter(([, v]) => v !== undefined),
    ) as ClaimDocumentation,
  };
}

function ok(input: AuditClaim, auditDate = '2026-11-29'): AuditSuccess {
  const r = auditClaim(input, { auditDate });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}
const codes = (input: AuditClaim): AuditFindingCode[] => ok(input).findings.map((f) => f.code);

describe('the reported cases: clean only when nothing changes', () => {
  it('DOS 2016-12-30, Medicare, 72.8 mg, J9207 × 73 with 96413 + 96415 × 2: clean, no JW added', () => {
    const lines = [L('J9207', 73), ...admin];
    const r = ok(claim({ dateOfService: '2016-12-30', lines }));
    expect(r.clean).toBe(true);
    expect(r.linesMatch).toBe(true);
    expect(r.corrected).toEqual(lines);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['JW_NOT_YET_REQUIRED', 'info']]);
  });

  it('the same split as J9207 × 40 and J9207 × 33 (40 + 33 = 73): clean, the split kept', () => {
    const lines = [L('J9207', 40), L('J9207', 33), ...admin];
    const r = ok(claim({ dateOfService: '2016-12-30', lines }));
    expect(r.clean).toBe(true);
    expect(r.corrected).toEqual(lines);
  });

  it('the split on 2017-01-01 (JW required): not clean, JW × 2 added with the finding that explains it', () => {
    const r = ok(claim({ dateOfService: '2017-01-01', lines: [L('J9207', 40), L('J9207', 33), ...admin] }));
    expect(r.clean).toBe(false);
    expect(r.corrected).toContainEqual(L('J9207', 2, 'JW'));
    expect(r.findings.find((f) => f.code === 'JW_MISSING')?.changesLines).toBe(true);
  });

  it('75 mg of 75 with no JZ on 2023-06-30: clean and no JZ added; on 2023-07-01 JZ_MISSING', () => {
    const doc = { doseMg: 75, discardedMg: 0 };
    const lines = [L('J9207', 75), ...admin];
    const before = ok(claim({ dateOfService: '2023-06-30', lines }, doc));
    expect(before.clean).toBe(true);
    expect(before.corrected).toEqual(lines);
    const after = ok(claim({ dateOfService: '2023-07-01', lines }, doc));
    expect(after.clean).toBe(false);
    expect(after.corrected[0]).toEqual(L('J9207', 75, 'JZ'));
  });

  it('J9207-JW-JZ × 73: one finding naming the line, not "0 J9207 units are billed"', () => {
    const r = ok(claim({ lines: [L('J9207', 73, 'JW', 'JZ'), ...admin] }));
    expect(r.findings.map((f) => f.code)).toEqual(['JW_AND_JZ']);
    expect(r.findings[0]?.message).toBe(
      'Line 1 (J9207-JW-JZ × 73) carries both JW and JZ: a line bills either the dose given (JZ when nothing is discarded) or the discarded amount (JW), never both.',
    );
    expect(r.findings[0]?.message).not.toContain('0 J9207 units');
    expect(r.corrected.slice(0, 2)).toEqual([L('J9207', 73), L('J9207', 2, 'JW')]);
  });
});

describe('JW/JZ by payer', () => {
  it.each([
    ['medicare', false, 'required'],
    ['medicaid', false, 'payer-policy'],
    ['commercial', false, 'payer-policy'],
    ['other', false, 'payer-policy'],
    ['medicaid', true, 'required'],
    ['commercial', true, 'required'],
  ] as const)('%s (payer requires JW/JZ: %s) → %s', (type, jwJzRequired, rule) => {
    expect(modifierRule('JZ', '2024-01-02', { type, jwJzRequired })).toBe(rule);
    expect(modifierRule('JW', '2024-01-02', { type, jwJzRequired })).toBe(rule);
  });

  it.each(['medicaid', 'commercial', 'other'] as const)(
    '%s, nothing discarded, no JZ: a note to check the payer policy, lines kept, clean',
    (type: PayerType) => {
      const lines = [L('J9207', 75), ...admin];
      const pa = { number: 'PA1', validFrom: '2026-01-01', validTo: '2026-12-31', authorizedUnits: 75 };
      const r = ok(claim({ payer: { type }, lines, priorAuth: pa }, { doseMg: 75, discardedMg: 0 }));
      expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['JWJZ_PAYER_POLICY', 'info']]);
      expect(r.findings[0]?.fix).toContain("Check the payer's policy");
      expect(r.corrected).toEqual(lines);
      expect(r.clean).toBe(true);
    },
  );

  it('medicaid with 2 units discarded and no JW: a note; when the claim says medicaid requires JW/JZ, JW_MISSING', () => {
    const lines = [L('J9207', 73), ...admin];
    const policy = ok(claim({ payer: { type: 'medicaid' }, lines }));
    expect(policy.findings.map((f) => f.code)).toEqual(['JWJZ_PAYER_POLICY']);
    expect(policy.findings[0]?.fix).toContain('J9207-JW × 2');
    const required = ok(claim({ payer: { type: 'medicaid', jwJzRequired: true }, lines }));
    expect(required.findings.map((f) => f.code)).toEqual(['JW_MISSING']);
  });

  it('a non-Medicare payer still gets wrong JW units corrected: JW × 5 for 2 discarded is overfill', () => {
    const r = ok(
      claim({ payer: { type: 'medicaid' }, lines: [L('J9207', 73), L('J9207', 5, 'JW'), ...admin] }),
    );
    expect(r.findings.map((f) => f.code)).toEqual(['OVERFILL_BILLED']);
  });
});

describe('JW and JZ dates, both sides', () => {
  it.each([
    ['JW', '2016-12-31', 'before-date'],
    ['JW', '2017-01-01', 'required'],
    ['JZ', '2023-06-30', 'before-date'],
    ['JZ', '2023-07-01', 'required'],
  ] as const)('%s on %s → %s (Medicare)', (m, dos, rule) => {
    expect(modifierRule(m, dos, { type: 'medicare' })).toBe(rule);
  });
});

describe('plausibility', () => {
  it('label maximum: 40 mg/m² × 2.2 m² = 88 mg; 60 mg/m² × 2.2 m² = 132 mg; none documented → 132 mg', () => {
    expect(labelMaxDoseMg(40).toFixed()).toBe('88');
    expect(labelMaxDoseMg(60).toFixed()).toBe('132');
    expect(labelMaxDoseMg(undefined).toFixed()).toBe('132');
  });

  it('88 mg at 40 mg/m² is within the label; 88.1 mg is above it', () => {
    // 88 → 88 units; kits 2 × 45 = 90, 2 discarded. 88.1 → 89 units, 1 discarded.
    const kits = [{ strengthMg: 45, count: 2 }];
    const at = ok(
      claim(
        { lines: [L('J9207', 88), L('J9207', 2, 'JW'), ...admin] },
        { doseMg: 88, doseMgPerM2: 40, kits, discardedMg: 2 },
      ),
    );
    expect(at.findings).toEqual([]);
    const above = ok(
      claim(
        { lines: [L('J9207', 89), L('J9207', 1, 'JW'), ...admin] },
        { doseMg: 88.1, doseMgPerM2: 40, kits, discardedMg: 1.9 },
      ),
    );
    expect(above.findings.map((f) => f.code)).toEqual(['DOSE_ABOVE_LABEL_MAX']);
    expect(above.findings[0]?.message).toBe(
      'The dose 88.1 mg is above the most the label allows: 40 mg/m² (documented) × 2.2 m² (the BSA cap) = 88 mg.',
    );
    expect(above.clean).toBe(false);
  });

  it('132 mg without a documented mg/m² is within the inducer maximum; 500 mg is not', () => {
    // 132 → kits 3 × 45 = 135, 3 discarded. 500 → 11 × 45 + 15 = 510? least waste: 11 × 45 = 495 < 500,
    // so 11 × 45 + 1 × 15 = 510, 10 discarded.
    const at = ok(
      claim(
        { lines: [L('J9207', 132), L('J9207', 3, 'JW'), ...admin] },
        { doseMg: 132, kits: [{ strengthMg: 45, count: 3 }], discardedMg: 3 },
      ),
    );
    expect(at.findings).toEqual([]);
    const big = ok(
      claim(
        { lines: [L('J9207', 500), L('J9207', 10, 'JW'), ...admin] },
        {
          doseMg: 500,
          kits: [
            { strengthMg: 45, count: 11 },
            { strengthMg: 15, count: 1 },
          ],
          discardedMg: 10,
        },
      ),
    );
    expect(big.findings.map((f) => f.code)).toEqual(['DOSE_ABOVE_LABEL_MAX']);
    expect(big.findings[0]?.message).toContain(
      '60 mg/m² (the highest label dose, with a strong CYP3A4 inducer) × 2.2 m² (the BSA cap) = 132 mg',
    );
  });

  it('DOS before J9207 could be billed: 2008-12-31 flagged, 2009-01-01 not; 1900-01-01 flagged', () => {
    const lines = [L('J9207', 73), ...admin]; // before 2017: no JW needed
    expect(codes(claim({ dateOfService: '2008-12-31', lines }))).toContain('DOS_BEFORE_CODE');
    expect(codes(claim({ dateOfService: '2009-01-01', lines }))).not.toContain('DOS_BEFORE_CODE');
    expect(ok(claim({ dateOfService: '1900-01-01', lines })).clean).toBe(false);
  });

  it('DOS after the audit date: the day itself is fine, the day after and 9999-12-31 are flagged', () => {
    expect(codes(claim({ dateOfService: '2026-11-29' }))).toEqual([]);
    expect(codes(claim({ dateOfService: '2026-11-30' }))).toEqual(['DOS_AFTER_AUDIT_DATE']);
    expect(codes(claim({ dateOfService: '9999-12-31' }))).toEqual(['DOS_AFTER_AUDIT_DATE']);
  });

  it('the audit date is a parameter, never the clock: without it no future check; a bad one is refused', () => {
    const r = auditClaim(claim({ dateOfService: '9999-12-31' }));
    expect(r.ok && r.findings.map((f) => f.code)).toEqual([]);
    expect(auditClaim(claim(), { auditDate: '2026-13-01' })).toEqual({
      ok: false,
      errors: [{ field: 'auditDate', message: 'The audit date must be a real date, YYYY-MM-DD.' }],
    });
  });

  it('a PA number without dates or units is incomplete; with all three it is not', () => {
    const r = ok(claim({ priorAuth: { number: 'PA-9' } }));
    expect(r.findings.map((f) => f.code)).toEqual(['PA_INCOMPLETE']);
    expect(r.findings[0]?.message).toBe(
      'Authorization PA-9 is on the claim without the date it starts, the date it ends or the units authorized, so it cannot be checked against the date of service and the units.',
    );
    expect(
      codes(claim({ priorAuth: { number: 'PA-9', validFrom: '2026-01-01', validTo: '2026-12-31' } })),
    ).toEqual(['PA_INCOMPLETE']);
    expect(
      codes(
        claim({
          priorAuth: { number: 'PA-9', validFrom: '2026-01-01', validTo: '2026-12-31', authorizedUnits: 75 },
        }),
      ),
    ).toEqual([]);
  });

  it('no infusion times and no administration code: a warning; either one alone is handled elsewhere', () => {
    const noTimes = { infusionStart: undefined, infusionStop: undefined } as const;
    const r = ok(claim({ lines: [L('J9207', 73), L('J9207', 2, 'JW')] }, noTimes));
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['ADMIN_NOT_DOCUMENTED', 'warning']]);
    expect(r.clean).toBe(false);
  });

  it('kits not documented: stated as a warning, and the expected kits are marked as not from the record', () => {
    const r = ok(claim({}, { kits: undefined }));
    expect(r.findings.map((f) => f.code)).toEqual(['KITS_NOT_DOCUMENTED']);
    expect(r.expected?.kitsDocumented).toBe(false);
    expect(r.clean).toBe(false);
  });
});

describe('the result carries the claim facts pricing and duplicates need', () => {
  it('date of service and payer are echoed', () => {
    const r = ok(claim({ payer: { type: 'medicare' } }));
    expect(r.dateOfService).toBe('2026-11-27');
    expect(r.payer).toBe('medicare');
  });
});
