import { describe, expect, it } from 'vitest';
import { breastDiagnosisCode, type KitNdc, type SuggestedClaimInput, suggestedClaim } from './claim';

const ndc15: KitNdc = {
  strengthMg: 15,
  ndc11: '70020191001',
  display: '70020-1910-01',
  verified: true,
  origin: 'reference',
};
const ndc45Unverified: KitNdc = {
  strengthMg: 45,
  ndc11: null,
  display: '70020-1911-??',
  verified: false,
  origin: 'reference',
};

// 170 cm, 70 kg, 40 mg/m² → 72.8 mg: kits 1 × 45 mg + 2 × 15 mg = 75 mg; 73 units given, 75 − 73 = 2 discarded.
const base: SuggestedClaimInput = {
  lines: [
    { hcpcs: 'J9207', modifiers: [], units: 73 },
    { hcpcs: 'J9207', modifiers: ['JW'], units: 2 },
  ],
  adminCodes: [
    { code: '96413', units: 1 },
    { code: '96415', units: 2 },
  ],
  vials: [
    { strengthMg: 45, count: 1 },
    { strengthMg: 15, count: 2 },
  ],
  siteOfCare: 'hospital-outpatient',
  ndcQualifier: 'UN',
  kitNdcs: { 15: ndc15, 45: ndc45Unverified },
  onHold: false,
};

describe('suggestedClaim', () => {
  it('puts revenue code 0636 on the J9207 lines of a UB-04 and no place of service', () => {
    const claim = suggestedClaim(base);
    expect(claim.form).toBe('UB-04');
    const drug = claim.lines.filter((l) => l.kind === 'drug');
    expect(drug.map((l) => [l.code, l.modifiers.join(' '), l.units, l.revenueCode])).toEqual([
      ['J9207', '', 73, '0636'],
      ['J9207', 'JW', 2, '0636'],
    ]);
    expect(claim.lines.every((l) => l.placeOfService === null)).toBe(true);
  });

  it('puts place of service 11 on every line of a CMS-1500 and no revenue code', () => {
    const claim = suggestedClaim({ ...base, siteOfCare: 'office' });
    expect(claim.form).toBe('CMS-1500');
    expect(claim.lines.every((l) => l.placeOfService === '11' && l.revenueCode === null)).toBe(true);
  });

  it('follows the drug lines with the administration codes', () => {
    const claim = suggestedClaim(base);
    expect(claim.lines.filter((l) => l.kind === 'administration').map((l) => [l.code, l.units])).toEqual([
      ['96413', 1],
      ['96415', 2],
    ]);
  });

  it('asks for the infusion times when no administration code is known', () => {
    const claim = suggestedClaim({ ...base, adminCodes: [] });
    expect(claim.openItems.join(' ')).toMatch(/start and stop times/);
  });

  it('formats a verified NDC as N4 with the qualifier and quantity from the setting', () => {
    // UN: 2 kits of 15 mg → UN2; ME: 2 × 15 mg = 30 mg → ME30
    const un = suggestedClaim(base).ndcLines.find((l) => l.strengthMg === 15);
    expect(un).toMatchObject({ n4: 'N470020191001 UN2', confirmAgainstCarton: false });
    const me = suggestedClaim({ ...base, ndcQualifier: 'ME' }).ndcLines.find((l) => l.strengthMg === 15);
    expect(me?.n4).toBe('N470020191001 ME30');
  });

  it('never invents the unverified 45 mg package code: no N4 until the carton NDC is typed', () => {
    const claim = suggestedClaim(base);
    const line45 = claim.ndcLines.find((l) => l.strengthMg === 45);
    expect(line45).toMatchObject({ n4: null, confirmAgainstCarton: true, ndcDisplay: '70020-1911-??' });
    expect(claim.openItems.join(' ')).toMatch(/45 mg kit's carton/);
    const typed = suggestedClaim({
      ...base,
      kitNdcs: {
        ...base.kitNdcs,
        45: {
          strengthMg: 45,
          ndc11: '70020191101',
          display: '70020-1911-01',
          verified: true,
          origin: 'carton',
        },
      },
    });
    expect(typed.ndcLines.find((l) => l.strengthMg === 45)).toMatchObject({
      n4: 'N470020191101 UN1',
      origin: 'carton',
    });
  });

  it('lists Z51.11 first, then asks for the C50.- code', () => {
    const claim = suggestedClaim(base);
    expect(claim.diagnoses.map((d) => d.code)).toEqual(['Z51.11', 'C50.-']);
    expect(claim.diagnoses[1]?.needsInput).toBe(true);
  });

  it('marks the claim on hold after a stop check and says so first', () => {
    const claim = suggestedClaim({ ...base, onHold: true });
    expect(claim.onHold).toBe(true);
    expect(claim.openItems[0]).toMatch(/stop check holds/);
  });

  it('on hold for an expired preparation: the claim says prepare again, not the prescriber', () => {
    const claim = suggestedClaim({
      ...base,
      onHold: true,
      hold: {
        label: 'ON HOLD — prepare again',
        actions: ['Do not give this solution: discard it and prepare the dose again.'],
      },
    });
    expect(claim.holdLabel).toBe('ON HOLD — prepare again');
    expect(claim.openItems[0]).toBe(
      'A stop check holds this claim: Do not give this solution: discard it and prepare the dose again.',
    );
  });

  it('keeps a 340B modifier beside JW on the discarded line', () => {
    const claim = suggestedClaim({
      ...base,
      lines: [
        { hcpcs: 'J9207', modifiers: ['JG'], units: 73 },
        { hcpcs: 'J9207', modifiers: ['JW', 'JG'], units: 2 },
      ],
    });
    expect(claim.lines.slice(0, 2).map((l) => l.modifiers.join(' '))).toEqual(['JG', 'JW JG']);
  });
});

describe('breastDiagnosisCode', () => {
  it('accepts the C50 shape with or without the dot, any case', () => {
    expect(breastDiagnosisCode('C50.911')).toEqual({ ok: true, code: 'C50.911' });
    expect(breastDiagnosisCode(' c50412 ')).toEqual({ ok: true, code: 'C50.412' });
    expect(breastDiagnosisCode('C50.01')).toEqual({ ok: true, code: 'C50.01' });
  });
  it('refuses other categories and incomplete codes', () => {
    for (const bad of ['', 'C50', 'C50.', 'C50.9', 'C50.9111', 'C34.90', 'Z51.11', 'C5O.911']) {
      expect(breastDiagnosisCode(bad).ok).toBe(false);
    }
  });
  it('puts a typed code second, after Z51.11, and drops the prompt', () => {
    const claim = suggestedClaim({ ...base, breastDiagnosis: 'c50.911' });
    expect(claim.diagnoses.map((d) => [d.code, d.needsInput])).toEqual([
      ['Z51.11', false],
      ['C50.911', false],
    ]);
    expect(claim.openItems.join(' ')).not.toMatch(/C50/);
    expect(suggestedClaim({ ...base, breastDiagnosis: 'C50' }).diagnoses[1]?.code).toBe('C50.-');
  });
});
