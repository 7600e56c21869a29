import { describe, expect, it } from 'vitest';
import { auditClaim } from '../../domain';
import {
  claimFormDefaults,
  claimFormSchema,
  claimFromForm,
  formFieldOf,
  parseModifiers,
} from './claim-form.resource';

const filled = {
  ...claimFormDefaults,
  dateOfService: '2026-11-27',
  doseMg: '72.8',
  kits45: '1',
  kits15: '2',
  discardedMg: '2.2',
  infusionStart: '09:00',
  infusionStop: '12:00',
  lines: [
    { code: 'j9207', modifiers: '', units: '73' },
    { code: 'J9207', modifiers: 'jw, jg', units: '2' },
  ],
};

describe('claimFromForm', () => {
  it('reads numbers and times with the app\'s readers: "72,5" is 72.5 mg, "0900" is 09:00', () => {
    const claim = claimFromForm({
      ...filled,
      doseSource: 'mg',
      doseMg: '72,5',
      infusionStart: '0900',
      infusionStop: '12:00',
    });
    expect(claim.documentation?.doseMg).toBe(72.5);
    expect(claim.documentation?.infusionStart).toBe('09:00');
  });
  it('maps typed text to the claim: numbers, kits by strength, modifiers upper-cased', () => {
    expect(claimFromForm(filled)).toEqual({
      dateOfService: '2026-11-27',
      payer: { type: 'medicare', kxRequired: false },
      documentation: {
        doseMg: 72.8,
        kits: [
          { strengthMg: 45, count: 1 },
          { strengthMg: 15, count: 2 },
        ],
        discardedMg: 2.2,
        infusionStart: '09:00',
        infusionStop: '12:00',
      },
      lines: [
        { hcpcs: 'J9207', modifiers: [], units: 73 },
        { hcpcs: 'J9207', modifiers: ['JW', 'JG'], units: 2 },
      ],
    });
  });

  it('height, weight and mg/m² replace the dose when chosen; empty fields are not documented', () => {
    const claim = claimFromForm({
      ...filled,
      doseSource: 'bsa',
      height: '67',
      heightUnit: 'in',
      weight: '154',
      weightUnit: 'lb',
      doseMgPerM2: '40',
      kits15: '',
      kits45: '0',
    });
    expect(claim.documentation).toEqual({
      height: { value: 67, unit: 'in' },
      weight: { value: 154, unit: 'lb' },
      doseMgPerM2: 40,
      discardedMg: 2.2,
      infusionStart: '09:00',
      infusionStop: '12:00',
    });
  });

  it('the prior authorization fields go together', () => {
    const claim = claimFromForm({
      ...filled,
      paNumber: ' PA-1 ',
      paValidFrom: '2026-11-01',
      paValidTo: '2026-11-30',
      paUnits: '80',
    });
    expect(claim.priorAuth).toEqual({
      number: 'PA-1',
      validFrom: '2026-11-01',
      validTo: '2026-11-30',
      authorizedUnits: 80,
    });
  });
});

describe('claimFormSchema', () => {
  it('accepts the filled form and a decimal comma, and refuses text and zero units', () => {
    expect(claimFormSchema.safeParse(filled).success).toBe(true);
    expect(claimFormSchema.safeParse({ ...filled, doseMg: '72,8', infusionStart: '0900' }).success).toBe(
      true,
    );
    const bad = claimFormSchema.safeParse({
      ...filled,
      doseMg: '72 mg',
      lines: [{ code: 'J9207', modifiers: '', units: '0' }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['doseMg', 'lines.0.units']);
  });
});

describe('parseModifiers and formFieldOf', () => {
  it('splits modifiers on spaces, commas or hyphens', () => {
    expect(parseModifiers(' jw  JG,tb-kx ')).toEqual(['JW', 'JG', 'TB', 'KX']);
    expect(parseModifiers('')).toEqual([]);
  });

  it('places domain errors on their form fields', () => {
    expect(formFieldOf({ field: 'lines[3].hcpcs', message: '' })).toBe('lines.3.code');
    expect(formFieldOf({ field: 'documentation.height', message: '' })).toBe('height');
    expect(formFieldOf({ field: 'payer.type', message: '' })).toBeUndefined();
  });

  it('the filled form audits clean end to end', () => {
    const r = auditClaim(
      claimFromForm({
        ...filled,
        lines: [
          ...filled.lines,
          { code: '96413', modifiers: '', units: '1' },
          { code: '96415', modifiers: '', units: '2' },
        ],
      }),
    );
    // JG on both J9207 lines is fine (340B), 180 min → 96413 × 1 + 96415 × 2. Only JG on line 2 here → one warning.
    expect(r.ok && r.findings.map((f) => f.code)).toEqual(['MODIFIER_340B_INCONSISTENT']);
  });
});
