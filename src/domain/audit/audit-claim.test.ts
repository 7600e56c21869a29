import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditClaim } from './audit-claim';
import type { AuditClaim, AuditFindingCode, AuditSuccess, BilledLine, ClaimDocumentation } from './types';

// Worked example used throughout (docs/reference.md, Billing):
// dose 72.8 mg → units given = 72.8 rounded up = 73; least-waste kits for 72.8 mg = 45 + 15 + 15 = 75 mg;
// discarded = 75 − 73 = 2 units (2.2 mg exactly, rounded down to 2) → J9207 × 73 and J9207-JW × 2.
const L = (hcpcs: string, units: number, ...modifiers: string[]): BilledLine => ({ hcpcs, modifiers, units });
const kits75 = [
  { strengthMg: 45, count: 1 },
  { strengthMg: 15, count: 2 },
];
const fullDoc: ClaimDocumentation = {
  doseMg: 72.8,
  kits: kits75,
  discardedMg: 2.2,
  infusionStart: '09:00',
  infusionStop: '12:00', // 180 min → 96413 × 1 + 96415 × 2
};
const goodLines = [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 2)];

type DocPatch = { [K in keyof ClaimDocumentation]?: ClaimDocumentation[K] | undefined };
type ClaimPatch = { [K in keyof AuditClaim]?: AuditClaim[K] | undefined };

/** The worked-example claim with some fields replaced (undefined removes a field). */
function claim(over: ClaimPatch = {}, doc: DocPatch = {}): AuditClaim {
  const documentation = Object.fromEntries(
    Object.entries({ ...fullDoc, ...doc }).filter(([, v]) => v !== undefined),
  ) as ClaimDocumentation;
  return {
    dateOfService: '2026-11-27',
    payer: { type: 'medicare' },
    lines: goodLines,
    ...over,
    documentation,
  } as AuditClaim;
}

function ok(input: unknown): AuditSuccess {
  const result = auditClaim(input);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

const codes = (input: unknown): AuditFindingCode[] => ok(input).findings.map((f) => f.code);

describe('auditClaim: a correct claim', () => {
  it('72.8 mg from 75 mg of kits billed J9207 × 73 + J9207-JW × 2 with 96413 + 96415 × 2 is clean', () => {
    const r = ok(claim());
    expect(r.findings).toEqual([]);
    expect(r.clean).toBe(true);
    expect(r.corrected).toEqual(goodLines);
    expect(r.expected).toMatchObject({
      doseMg: '72.8',
      administeredUnits: 73,
      discardedUnits: 2,
      labeledTotalMg: 75,
      infusionMinutes: 180,
    });
  });

  it('75 mg from 1 × 45 + 2 × 15 = 75 mg, all given, billed J9207-JZ × 75 is clean', () => {
    // 75 − 75 = 0 discarded → one line with JZ.
    expect(
      codes(
        claim(
          { lines: [L('J9207', 75, 'JZ'), L('96413', 1), L('96415', 2)] },
          { doseMg: 75, discardedMg: 0 },
        ),
      ),
    ).toEqual([]);
  });
});

describe('units for the dose given', () => {
  // 72.8 mg → 73 units (rounded up).
  it.each([
    [72, ['UNITS_NOT_ROUNDED_UP']],
    [73, []],
    [74, ['UNITS_ABOVE_DOSE']], // 74 + 2 = 76 > 75 mg labeled, but the JW units are right: one problem
  ] as const)('J9207 × %i for 72.8 mg → %j', (units, expected) => {
    const r = ok(claim({ lines: [L('J9207', units), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 2)] }));
    expect(r.findings.map((f) => f.code)).toEqual(expected);
    for (const f of r.findings) expect(f.fix).toBe('Bill J9207 × 73 and J9207-JW × 2.');
  });

  it('a dose under one unit bills 1: 0.4 mg → J9207 × 1, and 15 − 1 = 14 units discarded', () => {
    const r = ok(
      claim(
        { lines: [L('J9207', 1), L('J9207', 14, 'JW'), L('96413', 1), L('96415', 2)] },
        { doseMg: 0.4, kits: [{ strengthMg: 15, count: 1 }], discardedMg: 14.6 },
      ),
    );
    expect(r.findings).toEqual([]);
  });

  it('a whole-mg dose is not rounded further: 73 mg → 73 units, 2 discarded', () => {
    expect(codes(claim({}, { doseMg: 73, discardedMg: 2 }))).toEqual([]);
  });
});

describe('discarded units (JW)', () => {
  it.each([
    [1, ['JW_UNITS_MISMATCH']],
    [2, []],
    [3, ['OVERFILL_BILLED']], // 73 + 3 = 76 > 75: one finding, not a JW mismatch as well
  ] as const)('J9207-JW × %i for 75 − 73 = 2 → %j', (jw, expected) => {
    expect(
      codes(claim({ lines: [L('J9207', 73), L('J9207', jw, 'JW'), L('96413', 1), L('96415', 2)] })),
    ).toEqual(expected);
  });

  it('overfill: given + discarded at the labeled 75 mg is fine, one unit above is not', () => {
    // 74.1 mg → 75 units given, 75 − 75 = 0 discarded; billing JW × 1 puts 76 units on 75 mg.
    const r = ok(
      claim(
        { lines: [L('J9207', 75), L('J9207', 1, 'JW'), L('96413', 1), L('96415', 2)] },
        { doseMg: 74.1, discardedMg: 0.9 },
      ),
    );
    expect(r.findings.map((f) => f.code)).toEqual(['OVERFILL_BILLED']);
    expect(r.findings[0]?.message).toContain('75 given + 1 discarded = 76 units, above the 75 mg labeled');
    expect(r.findings[0]?.fix).toBe('Bill J9207-JZ × 75.');
  });

  it('waste of exactly one unit is billed as JW: 74 mg → 74 given, 75 − 74 = 1 discarded', () => {
    expect(
      codes(
        claim(
          { lines: [L('J9207', 74), L('J9207', 1, 'JW'), L('96413', 1), L('96415', 2)] },
          { doseMg: 74, discardedMg: 1 },
        ),
      ),
    ).toEqual([]);
  });

  it('JW with nothing left over: 75 mg given from 75 mg is overfill, one finding (not JW_WITHOUT_DISCARD too)', () => {
    const r = ok(
      claim(
        { lines: [L('J9207', 75), L('J9207', 1, 'JW'), L('96413', 1), L('96415', 2)] },
        { doseMg: 75, discardedMg: 0 },
      ),
    );
    expect(r.findings.map((f) => f.code)).toEqual(['OVERFILL_BILLED']);
    expect(r.corrected.slice(0, 1)).toEqual([L('J9207', 75, 'JZ')]);
  });

  it('JW with nothing discarded but within wasteful kits: 75 mg from 2 × 45 mg, JW × 5', () => {
    // 90 − 75 = 15 mg opened beyond the dose; the least-waste kits (75 mg) leave 0, so JW × 5 is not
    // overfill (75 + 5 ≤ 90) but bills waste that is not discarded.
    const r = ok(
      claim(
        { lines: [L('J9207', 75), L('J9207', 5, 'JW'), L('96413', 1), L('96415', 2)] },
        { doseMg: 75, discardedMg: 15, kits: [{ strengthMg: 45, count: 2 }] },
      ),
    );
    expect(r.findings.map((f) => f.code)).toEqual(['NOT_LEAST_WASTE', 'JW_WITHOUT_DISCARD']);
  });

  it('JW missing when a whole unit is discarded (74 mg → 1 unit) but not when under one (74.1 mg → 0)', () => {
    const admin = [L('96413', 1), L('96415', 2)];
    expect(codes(claim({ lines: [L('J9207', 74), ...admin] }, { doseMg: 74, discardedMg: 1 }))).toEqual([
      'JW_MISSING',
    ]);
    expect(
      codes(claim({ lines: [L('J9207', 75, 'JZ'), ...admin] }, { doseMg: 74.1, discardedMg: 0.9 })),
    ).toEqual([]);
  });

  it('JW is required from 1 Jan 2017: 31 Dec 2016 a note and the lines kept, 1 Jan 2017 JW_MISSING', () => {
    const lines = [L('J9207', 73), L('96413', 1), L('96415', 2)];
    const before = ok(claim({ lines, dateOfService: '2016-12-31' }));
    expect(before.findings.map((f) => [f.code, f.severity])).toEqual([['JW_NOT_YET_REQUIRED', 'info']]);
    expect(before.corrected).toEqual(lines);
    expect(before.clean).toBe(true);
    const after = ok(claim({ lines, dateOfService: '2017-01-01' }));
    expect(after.findings.map((f) => f.code)).toEqual(['JW_MISSING']);
    expect(after.clean).toBe(false);
  });
});

describe('JZ', () => {
  const noTimes = {};
  it('JZ missing when nothing is discarded (75 mg of 75), required from 1 July 2023', () => {
    expect(
      codes(
        claim(
          { lines: [L('J9207', 75), L('96413', 1), L('96415', 2)] },
          { doseMg: 75, discardedMg: 0, ...noTimes },
        ),
      ),
    ).toEqual(['JZ_MISSING']);
    expect(
      codes(
        claim(
          { lines: [L('J9207', 75), L('96413', 1), L('96415', 2)], dateOfService: '2023-07-01' },
          { doseMg: 75, discardedMg: 0, ...noTimes },
        ),
      ),
    ).toEqual(['JZ_MISSING']);
    expect(
      codes(
        claim(
          { lines: [L('J9207', 75), L('96413', 1), L('96415', 2)], dateOfService: '2023-06-30' },
          { doseMg: 75, discardedMg: 0, ...noTimes },
        ),
      ),
    ).toEqual(['JZ_NOT_YET_REQUIRED']);
  });

  it('JZ with 2 units discarded: JZ_WITH_DISCARD and JW_MISSING, fix names both lines', () => {
    const r = ok(claim({ lines: [L('J9207', 73, 'JZ'), L('96413', 1), L('96415', 2)] }));
    expect(r.findings.map((f) => f.code)).toEqual(['JW_MISSING', 'JZ_WITH_DISCARD']);
    expect(r.findings[0]?.fix).toBe('Bill J9207 × 73 and J9207-JW × 2.');
  });

  it('JW and JZ together', () => {
    const r = ok(claim({ lines: [L('J9207', 73, 'JZ'), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 2)] }));
    expect(r.findings.map((f) => f.code)).toEqual(['JW_AND_JZ']);
  });

  it('JW or JZ on a code that is not J9207', () => {
    const r = ok(claim({ lines: [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1, 'JZ'), L('96415', 2)] }));
    expect(r.findings.map((f) => f.code)).toEqual(['JWJZ_ON_OTHER_CODE']);
    expect(r.findings[0]?.lineIndex).toBe(2);
    expect(r.corrected[2]).toEqual(L('96413', 1));
  });
});

describe('kits: least waste, coverage and the discarded amount', () => {
  it('2 × 45 mg (90 mg) for 72.8 mg is not least waste (75 mg is); JW from the 90 mg is reported once', () => {
    // 90 − 73 = 17 units from the kits opened; billable waste is 75 − 73 = 2.
    const r = ok(
      claim(
        { lines: [L('J9207', 73), L('J9207', 17, 'JW'), L('96413', 1), L('96415', 2)] },
        { kits: [{ strengthMg: 45, count: 2 }], discardedMg: 17.2 },
      ),
    );
    expect(r.findings.map((f) => f.code)).toEqual(['NOT_LEAST_WASTE']);
    expect(r.findings[0]?.fix).toContain('Bill J9207 × 73 and J9207-JW × 2.');
  });

  it('5 × 15 mg = 75 mg is as little waste as 45 + 2 × 15: no finding', () => {
    expect(codes(claim({}, { kits: [{ strengthMg: 15, count: 5 }] }))).toEqual([]);
  });

  it('kits that hold less than the dose: 45 + 15 = 60 mg for 72.8 mg; 75 mg for 75 mg is fine', () => {
    expect(
      codes(
        claim(
          {},
          {
            kits: [
              { strengthMg: 45, count: 1 },
              { strengthMg: 15, count: 1 },
            ],
          },
        ),
      ),
    ).toEqual(['KITS_DONT_COVER_DOSE']);
    expect(
      codes(
        claim(
          { lines: [L('J9207', 75, 'JZ'), L('96413', 1), L('96415', 2)] },
          { doseMg: 75, discardedMg: 0 },
        ),
      ),
    ).toEqual([]);
  });

  it('documented discard must equal labeled − dose: 75 − 72.8 = 2.2 mg, so 2 mg is flagged', () => {
    expect(codes(claim({}, { discardedMg: 2 }))).toEqual(['DISCARD_DOC_MISMATCH']);
    expect(codes(claim({}, { discardedMg: 2.2 }))).toEqual([]);
  });

  it('without kits, dose + discard must be whole kits: 72.8 + 2.2 = 75 fine, 72.8 + 3 = 75.8 flagged', () => {
    // Kits not documented is stated, never assumed.
    expect(codes(claim({}, { kits: undefined, discardedMg: 2.2 }))).toEqual(['KITS_NOT_DOCUMENTED']);
    expect(codes(claim({}, { kits: undefined, discardedMg: 3 }))).toEqual([
      'KITS_NOT_DOCUMENTED',
      'DISCARD_DOC_MISMATCH',
    ]);
    expect(ok(claim({}, { kits: undefined })).expected?.kitsDocumented).toBe(false);
  });

  it('without kits, 72.8 + 17.2 = 90 mg discarded implies wasteful kits', () => {
    expect(codes(claim({}, { kits: undefined, discardedMg: 17.2 }))).toEqual([
      'NOT_LEAST_WASTE',
      'KITS_NOT_DOCUMENTED',
    ]);
  });

  it('discarded amount not documented when JW is due; not needed when nothing is discarded', () => {
    expect(codes(claim({}, { discardedMg: undefined }))).toEqual(['DISCARD_NOT_DOCUMENTED']);
    expect(
      codes(
        claim(
          { lines: [L('J9207', 75, 'JZ'), L('96413', 1), L('96415', 2)] },
          { doseMg: 75, discardedMg: undefined },
        ),
      ),
    ).toEqual([]);
  });
});

describe('codes and modifiers', () => {
  // Descriptors copied from docs/reference.md, "Codes that get confused with J9207".
  it.each([
    ['J9371', 'Injection, vincristine sulfate liposome, 1 mg'],
    ['J9261', 'Injection, nelarabine, 50 mg'],
    ['J9262', 'Injection, omacetaxine mepesuccinate, 0.01 mg'],
    ['J9217', 'Leuprolide acetate (for depot suspension), 7.5 mg'],
    ['Q5107', 'Injection, bevacizumab-awwb, biosimilar (Mvasi), 10 mg'],
  ])('%s is named with its true descriptor', (code, descriptor) => {
    const r = ok(claim({ lines: [L(code, 73), L(code, 2, 'JW'), L('96413', 1), L('96415', 2)] }));
    const confused = r.findings.filter((f) => f.code === 'CONFUSED_CODE');
    expect(confused).toHaveLength(2);
    expect(confused[0]?.message).toContain(`"${descriptor}"`);
    expect(confused[0]?.fix).toBe(`Remove ${code}; bill J9207 × 73 and J9207-JW × 2.`);
    expect(r.findings.map((f) => f.code)).toContain('J9207_MISSING');
    expect(r.corrected).toEqual(goodLines);
  });

  it('another code is a note, not a problem', () => {
    const r = ok(claim({ lines: [...goodLines, L('J1100', 20)] }));
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['OTHER_CODE', 'info']]);
    expect(r.clean).toBe(true);
  });

  it('RR never belongs', () => {
    const r = ok(claim({ lines: [L('J9207', 73, 'RR'), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 2)] }));
    expect(r.findings.map((f) => f.code)).toEqual(['MODIFIER_RR']);
    expect(r.corrected).toEqual(goodLines);
  });

  it('KX only when the payer policy asks for it', () => {
    const withKx = [L('J9207', 73, 'KX'), L('J9207', 2, 'JW', 'KX'), L('96413', 1), L('96415', 2)];
    expect(codes(claim({ lines: withKx }))).toEqual(['KX_WITHOUT_POLICY', 'KX_WITHOUT_POLICY']);
    expect(codes(claim({ lines: withKx, payer: { type: 'medicare', kxRequired: true } }))).toEqual([]);
    const r = ok(claim({ payer: { type: 'medicare', kxRequired: true } }));
    expect(r.findings.map((f) => f.code)).toEqual(['KX_MISSING']);
    expect(r.corrected.slice(0, 2)).toEqual([L('J9207', 73, 'KX'), L('J9207', 2, 'JW', 'KX')]);
  });

  it('an unknown modifier on J9207 is a warning', () => {
    const r = ok(claim({ lines: [L('J9207', 73, '59'), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 2)] }));
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['UNKNOWN_MODIFIER', 'warning']]);
  });

  it('340B: JG on every J9207 line is fine and kept; on one line only is a warning', () => {
    const jg = [L('J9207', 73, 'JG'), L('J9207', 2, 'JW', 'JG'), L('96413', 1), L('96415', 2)];
    expect(ok(claim({ lines: jg })).findings).toEqual([]);
    const r = ok(claim({ lines: [L('J9207', 73, 'JG'), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 2)] }));
    expect(r.findings.map((f) => f.code)).toEqual(['MODIFIER_340B_INCONSISTENT']);
    expect(r.corrected.slice(0, 2)).toEqual([L('J9207', 73, 'JG'), L('J9207', 2, 'JW', 'JG')]);
  });
});

describe('administration codes against the infusion times', () => {
  // CPT: ≤ 15 min push 96409; 16–90 → 96413; 91–150 → + 96415 × 1; 151–210 → × 2.
  it.each([
    ['09:00', '09:15', [L('96409', 1)]],
    ['09:00', '09:16', [L('96413', 1)]],
    ['09:00', '10:30', [L('96413', 1)]],
    ['09:00', '10:31', [L('96413', 1), L('96415', 1)]],
    ['09:00', '11:30', [L('96413', 1), L('96415', 1)]],
    ['09:00', '11:31', [L('96413', 1), L('96415', 2)]],
    ['22:30', '01:30', [L('96413', 1), L('96415', 2)]], // past midnight: 180 min
  ])('%s–%s is billed %j', (start, stop, admin) => {
    const r = ok(
      claim(
        { lines: [L('J9207', 73), L('J9207', 2, 'JW'), ...admin] },
        { infusionStart: start, infusionStop: stop },
      ),
    );
    expect(r.findings).toEqual([]);
  });

  it('180 minutes billed with 96415 × 3 is a mismatch; the fix is 96413 × 1 and 96415 × 2', () => {
    const r = ok(claim({ lines: [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 3)] }));
    expect(r.findings.map((f) => f.code)).toEqual(['ADMIN_CODES_MISMATCH']);
    expect(r.findings[0]?.fix).toBe('Bill 96413 × 1 and 96415 × 2.');
  });

  it('times documented but no administration code billed: a warning', () => {
    expect(codes(claim({ lines: [L('J9207', 73), L('J9207', 2, 'JW')] }))).toEqual(['ADMIN_CODES_MISSING']);
  });

  it('administration codes without both times: TIMES_MISSING; neither codes nor times: ADMIN_NOT_DOCUMENTED', () => {
    expect(codes(claim({}, { infusionStop: undefined }))).toEqual(['TIMES_MISSING']);
    expect(
      codes(
        claim(
          { lines: [L('J9207', 73), L('J9207', 2, 'JW')] },
          { infusionStart: undefined, infusionStop: undefined },
        ),
      ),
    ).toEqual(['ADMIN_NOT_DOCUMENTED']);
  });

  it('the same start and stop is an error; longer than 6 hours (360 min) a warning', () => {
    expect(codes(claim({}, { infusionStop: '09:00' }))).toEqual(['INFUSION_TIMES_INVALID']);
    // 09:00–15:00 = 360 min → 96413 + 96415 × ceil((360 − 90) / 60) = × 5 (4.5 → 5)
    expect(
      codes(
        claim(
          { lines: [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 5)] },
          { infusionStop: '15:00' },
        ),
      ),
    ).toEqual([]);
    // 09:00–15:01 = 361 min → × 5 still ((361 − 90) / 60 = 4.52 → 5), but over 6 hours.
    expect(
      codes(
        claim(
          { lines: [L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 5)] },
          { infusionStop: '15:01' },
        ),
      ),
    ).toEqual(['INFUSION_OVER_6_HOURS']);
  });
});

describe('prior authorization', () => {
  const pa = { number: 'PA-1', validFrom: '2026-11-01', validTo: '2026-11-27', authorizedUnits: 75 };
  it('commercial payer without an authorization number; Medicare without one is fine', () => {
    expect(codes(claim({ payer: { type: 'commercial' } }))).toEqual(['PA_MISSING']);
    expect(codes(claim({ payer: { type: 'commercial' }, priorAuth: pa }))).toEqual([]);
  });

  it('valid to the date of service inclusive: 27 Nov ok, expired when it ended 26 Nov', () => {
    expect(
      codes(claim({ payer: { type: 'commercial' }, priorAuth: { ...pa, validTo: '2026-11-26' } })),
    ).toEqual(['PA_EXPIRED']);
  });

  it('valid from the date of service inclusive: from 27 Nov ok, from 28 Nov not yet valid', () => {
    expect(
      codes(claim({ payer: { type: 'commercial' }, priorAuth: { ...pa, validFrom: '2026-11-27' } })),
    ).toEqual([]);
    expect(
      codes(
        claim({
          payer: { type: 'commercial' },
          priorAuth: { ...pa, validFrom: '2026-11-28', validTo: '2026-12-31' },
        }),
      ),
    ).toEqual(['PA_NOT_YET_VALID']);
  });

  it('authorized units: 73 + 2 = 75 billed, 75 authorized fine, 74 exceeded', () => {
    expect(
      codes(claim({ payer: { type: 'commercial' }, priorAuth: { ...pa, authorizedUnits: 74 } })),
    ).toEqual(['PA_UNITS_EXCEEDED']);
  });
});

describe('missing documentation', () => {
  it('no date of service', () => {
    expect(codes({ ...claim(), dateOfService: undefined })).toEqual(['DOS_MISSING']);
  });

  it('no dose: units cannot be checked', () => {
    const r = ok(claim({}, { doseMg: undefined }));
    expect(r.findings.map((f) => f.code)).toEqual(['DOSE_MISSING']);
    expect(r.expected).toBeUndefined();
    expect(r.corrected).toEqual(goodLines);
  });

  it('the dose worked out from height, weight and mg/m²: 170 cm, 70 kg, 40 mg/m² → 1.82 m² → 72.8 mg', () => {
    // Mosteller √(170 × 70 / 3600) = 1.8181… → 1.82 m²; 40 × 1.82 = 72.8 mg.
    const r = ok(
      claim(
        {},
        {
          doseMg: undefined,
          height: { value: 170, unit: 'cm' },
          weight: { value: 70, unit: 'kg' },
          doseMgPerM2: 40,
        },
      ),
    );
    expect(r.findings).toEqual([]);
    expect(r.expected).toMatchObject({ doseMg: '72.8', doseSource: 'worked-out' });
  });

  it('a documented dose that differs from the order is a note: 75 mg vs 72.8 mg', () => {
    const r = ok(
      claim(
        { lines: [L('J9207', 75, 'JZ'), L('96413', 1), L('96415', 2)] },
        {
          doseMg: 75,
          discardedMg: 0,
          height: { value: 170, unit: 'cm' },
          weight: { value: 70, unit: 'kg' },
          doseMgPerM2: 40,
        },
      ),
    );
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['DOSE_DIFFERS_FROM_ORDER', 'info']]);
    expect(r.clean).toBe(true);
  });
});

describe('unreadable input returns errors, never throws', () => {
  it.each([null, undefined, 42, 'claim', [], true])('%j', (input) => {
    const r = auditClaim(input);
    expect(r.ok).toBe(false);
  });

  it('names each bad field', () => {
    const r = auditClaim({
      dateOfService: '2026-02-30',
      payer: { type: 'medicare' },
      documentation: { doseMg: -1, infusionStart: '25:00' },
      lines: [{ hcpcs: 'J9207', modifiers: [], units: 1.5 }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field)).toEqual([
        'dateOfService',
        'documentation.doseMg',
        'documentation.infusionStart',
        'lines[0].units',
      ]);
    }
  });

  it('counts are bounded so that sums stay exact: 1,000,000 units read, 1,000,001 refused', () => {
    expect(auditClaim(claim({ lines: [L('J9207', 1_000_000)] })).ok).toBe(true);
    const r = auditClaim(claim({ lines: [L('J9207', 1_000_001)] }));
    expect(r.ok || r.errors).toEqual([
      {
        field: 'lines[0].units',
        message: 'Billed line 1: units must be a whole number from 1 to 1,000,000.',
      },
    ]);
  });

  it('height out of range is reported from calculate with the documentation prefix', () => {
    const r = auditClaim(
      claim(
        {},
        {
          doseMg: undefined,
          height: { value: 17, unit: 'cm' },
          weight: { value: 70, unit: 'kg' },
          doseMgPerM2: 40,
        },
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe('documentation.height');
  });
});

describe('boundaries not covered above', () => {
  it('a documented dose equal to the one worked out gives no note (170 cm, 70 kg, 40 mg/m² = 72.8 mg)', () => {
    const r = ok(
      claim({}, { height: { value: 170, unit: 'cm' }, weight: { value: 70, unit: 'kg' }, doseMgPerM2: 40 }),
    );
    expect(r.findings).toEqual([]);
  });

  it('a one-minute infusion is valid (96409, a push ≤ 15 min); zero minutes is not', () => {
    const lines = [L('J9207', 73), L('J9207', 2, 'JW'), L('96409', 1)];
    expect(codes(claim({ lines }, { infusionStart: '09:00', infusionStop: '09:01' }))).toEqual([]);
    expect(codes(claim({ lines }, { infusionStart: '09:00', infusionStop: '09:00' }))).toEqual([
      'INFUSION_TIMES_INVALID',
    ]);
  });

  it('JW present while a wrong JZ line bills the rest: JW_AND_JZ once, not JZ_WITH_DISCARD as well', () => {
    const r = ok(claim({ lines: [L('J9207', 73, 'JZ'), L('J9207', 2, 'JW'), L('96413', 1), L('96415', 2)] }));
    expect(r.findings.map((f) => f.code)).toEqual(['JW_AND_JZ']);
  });
});

describe('the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the result depends on the date of service only, never on today', () => {
    const input = claim(
      {
        lines: [L('J9207', 75), L('96413', 1), L('96415', 2)],
        payer: { type: 'commercial', jwJzRequired: true },
        priorAuth: { number: 'A', validFrom: '2023-01-01', validTo: '2023-12-31', authorizedUnits: 75 },
      },
      { doseMg: 75, discardedMg: 0 },
    );
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2016-01-01T00:00:00Z'));
    const before = auditClaim({ ...input, dateOfService: '2023-06-30' });
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    const after = auditClaim({ ...input, dateOfService: '2023-06-30' });
    expect(after).toEqual(before);
    // 30 June 2023: JZ not yet required (a note), authorization still valid → clean.
    expect(before.ok && before.findings.map((f) => f.code)).toEqual(['JZ_NOT_YET_REQUIRED']);
    expect(before.ok && before.clean).toBe(true);
  });
});
