import { describe, expect, it } from 'vitest';
import { auditClaim } from './audit-claim';
import {
  claimFromCsvRecord,
  headerProblem,
  missingColumns,
  normalizeHeader,
  parseBilledLines,
} from './csv-row';

describe('parseBilledLines', () => {
  it('reads codes, modifiers and units in the documented notation', () => {
    expect(parseBilledLines('J9207 x 73; J9207-JW x 2; 96413 × 1;96415*2')).toEqual({
      ok: true,
      lines: [
        { hcpcs: 'J9207', modifiers: [], units: 73 },
        { hcpcs: 'J9207', modifiers: ['JW'], units: 2 },
        { hcpcs: '96413', modifiers: [], units: 1 },
        { hcpcs: '96415', modifiers: [], units: 2 },
      ],
    });
  });

  it('lower case and several modifiers', () => {
    expect(parseBilledLines('j9207-jw-jg x2')).toEqual({
      ok: true,
      lines: [{ hcpcs: 'J9207', modifiers: ['JW', 'JG'], units: 2 }],
    });
  });

  it.each(['J9207', 'J9207 x', 'J9207 x 2.5', 'J92 x 2', 'J9207-JWX x 2', 'J9207 x -1'])(
    '%j is refused with the part named',
    (text) => {
      const r = parseBilledLines(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(`"${text}"`);
    },
  );

  it('an empty cell is no lines', () => {
    expect(parseBilledLines('  ')).toEqual({ ok: true, lines: [] });
  });
});

describe('claimFromCsvRecord', () => {
  const good = {
    claim_id: 'C-1',
    date_of_service: '2026-11-27',
    payer: 'Medicare',
    kx_required: '',
    dose_mg: '72.8',
    kits_15mg: '2',
    kits_45mg: '1',
    discarded_mg: '2.2',
    infusion_start: '09:00',
    infusion_stop: '12:00',
    lines: 'J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2',
    pa_number: '',
  };

  it('a good row becomes a claim that audits clean', () => {
    const r = claimFromCsvRecord(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.claimId).toBe('C-1');
    expect(r.claim.documentation).toEqual({
      doseMg: 72.8,
      kits: [
        { strengthMg: 45, count: 1 },
        { strengthMg: 15, count: 2 },
      ],
      discardedMg: 2.2,
      infusionStart: '09:00',
      infusionStop: '12:00',
    });
    const audit = auditClaim(r.claim);
    expect(audit.ok && audit.findings).toEqual([]);
  });

  it('height, weight and mg/m² columns document the dose instead', () => {
    const r = claimFromCsvRecord({
      ...good,
      dose_mg: '',
      height_cm: '170',
      weight_kg: '70',
      dose_mg_per_m2: '40',
    });
    expect(r.ok && r.claim.documentation).toMatchObject({
      height: { value: 170, unit: 'cm' },
      weight: { value: 70, unit: 'kg' },
      doseMgPerM2: 40,
    });
  });

  it('reports every unreadable cell by column', () => {
    const r = claimFromCsvRecord({
      ...good,
      payer: 'aetna',
      dose_mg: '72,8',
      kits_15mg: '1.5',
      kx_required: 'maybe',
      lines: 'J9207 73',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.claimId).toBe('C-1');
      expect(r.errors).toEqual([
        'payer: "aetna" is not medicare, medicaid, commercial or other.',
        'kx_required: "maybe" is not yes or no.',
        'dose_mg: "72,8" is not a number.',
        'kits_15mg: "1.5" is not a whole number.',
        'lines: "J9207 73" is not CODE-MODIFIERS x UNITS (e.g. J9207-JW x 2).',
      ]);
    }
  });

  it('kx_required yes and the authorization columns', () => {
    const r = claimFromCsvRecord({
      ...good,
      kx_required: 'yes',
      pa_number: 'A1',
      pa_valid_from: '2026-11-01',
      pa_valid_to: '2026-12-01',
      pa_units: '80',
    });
    expect(r.ok && r.claim.payer).toEqual({ type: 'medicare', kxRequired: true, jwJzRequired: false });
    expect(r.ok && r.claim.priorAuth).toEqual({
      number: 'A1',
      validFrom: '2026-11-01',
      validTo: '2026-12-01',
      authorizedUnits: 80,
    });
  });
});

describe('headers', () => {
  it('normalizes and lists the required columns that are missing', () => {
    expect(normalizeHeader(' Date of Service ')).toBe('date_of_service');
    expect(missingColumns(['claim_id', 'Payer'])).toEqual(['date_of_service', 'lines']);
    expect(missingColumns(['date_of_service', 'payer', 'lines'])).toEqual([]);
  });
});

describe('every reason a row is malformed, and the delimiter hint', () => {
  it('lists every unreadable cell and every bad line part, not only the first', () => {
    const r = claimFromCsvRecord({
      claim_id: 'X',
      date_of_service: '2026-02-30',
      payer: 'medicare',
      dose_mg: '72,8',
      kits_15mg: 'two',
      infusion_start: '25:00',
      jw_jz_required: 'maybe',
      lines: 'J9207 seventy-three; J9207-JW x 2; 96413 once',
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      'jw_jz_required: "maybe" is not yes or no.',
      'dose_mg: "72,8" is not a number.',
      'kits_15mg: "two" is not a whole number.',
      'lines: "J9207 seventy-three", "96413 once" are not CODE-MODIFIERS x UNITS (e.g. J9207-JW x 2).',
      'The date of service must be a real date, YYYY-MM-DD.',
      'Infusion start: enter a 24-hour time HH:MM, e.g. 09:45 or 14:30.',
    ]);
  });

  it('jw_jz_required yes reaches the claim', () => {
    const r = claimFromCsvRecord({
      date_of_service: '2026-11-27',
      payer: 'medicaid',
      jw_jz_required: 'yes',
      lines: 'J9207 x 73',
    });
    expect(r.ok && r.claim.payer).toEqual({ type: 'medicaid', kxRequired: false, jwJzRequired: true });
  });

  it('a semicolon-separated header is explained; a comma header missing columns is named', () => {
    expect(headerProblem(['claim_id;date_of_service;payer;dose_mg;lines'], 1)).toBe(
      'The header row (line 1) holds semicolons between the column names: the file looks semicolon-separated, and the audit reads commas. Save it as CSV with commas (in a spreadsheet: "CSV (comma delimited)"), or replace the semicolons with commas, and keep a point for decimals (72.8).',
    );
    expect(headerProblem(['claim_id', 'payer'], 1)).toBe(
      'The header row (line 1) lacks the required columns date_of_service, lines.',
    );
    expect(headerProblem(['date_of_service', 'payer', 'lines'], 1)).toBeUndefined();
  });
});
