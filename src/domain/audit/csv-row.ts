// One CSV row (a claim's line set) → an audit claim. Pure: the row arrives as header → text; the
// CSV parsing itself (papaparse) happens outside the domain. A row that cannot be read returns
// every reason, each naming its column.
import type { VialCount } from '../types';
import { readClaim } from './read-claim';
import type { AuditClaim, BilledLine, ClaimDocumentation, PriorAuthorization } from './types';

/** The columns of the audit CSV, in the order of the sample file. */
export const auditCsvColumns = [
  {
    name: 'claim_id',
    required: false,
    description: 'Your reference for the claim (shown back in the findings).',
  },
  { name: 'date_of_service', required: true, description: 'Date of administration, YYYY-MM-DD.' },
  { name: 'payer', required: true, description: 'medicare, medicaid, commercial or other.' },
  {
    name: 'kx_required',
    required: false,
    description: 'yes when the payer policy asks for KX; empty or no otherwise.',
  },
  {
    name: 'jw_jz_required',
    required: false,
    description:
      "yes when a payer other than Medicare asks for JW/JZ (Medicare always does); empty or no: the audit notes to check the payer's policy.",
  },
  {
    name: 'dose_mg',
    required: false,
    description: 'Dose given, mg (or leave empty and give height, weight and mg/m²).',
  },
  { name: 'height_cm', required: false, description: 'Height, cm (to work out the dose).' },
  { name: 'weight_kg', required: false, description: 'Weight, kg (to work out the dose).' },
  {
    name: 'dose_mg_per_m2',
    required: false,
    description: 'Ordered dose, mg/m² (to work out the dose; Mosteller BSA).',
  },
  { name: 'kits_15mg', required: false, description: 'Number of 15 mg kits opened.' },
  { name: 'kits_45mg', required: false, description: 'Number of 45 mg kits opened.' },
  {
    name: 'kits_available',
    required: false,
    description: 'Kit sizes on hand that day: 15;45 (the default when empty), 45 or 15.',
  },
  { name: 'discarded_mg', required: false, description: 'Amount discarded as documented, mg.' },
  { name: 'infusion_start', required: false, description: 'Infusion start, 24-hour HH:MM.' },
  { name: 'infusion_stop', required: false, description: 'Infusion stop, 24-hour HH:MM.' },
  {
    name: 'lines',
    required: true,
    description:
      'Billed lines separated by ";", each CODE-MODIFIERS x UNITS, e.g. "J9207 x 73; J9207-JW x 2; 96413 x 1".',
  },
  { name: 'pa_number', required: false, description: 'Prior authorization number.' },
  { name: 'pa_valid_from', required: false, description: 'Authorization valid from, YYYY-MM-DD.' },
  { name: 'pa_valid_to', required: false, description: 'Authorization valid to, YYYY-MM-DD.' },
  { name: 'pa_units', required: false, description: 'Units authorized.' },
] as const;

export type AuditCsvColumn = (typeof auditCsvColumns)[number]['name'];
export type CsvRecord = Readonly<Partial<Record<string, string>>>;
export type CsvRowRead =
  | { ok: true; claimId: string; claim: AuditClaim }
  | { ok: false; claimId: string; errors: string[] };

const linePattern = /^([A-Za-z0-9]{5})((?:\s*-\s*[A-Za-z0-9]{2})*)\s*[x×*]\s*(\d+)$/;

/**
 * Reads the `lines` notation: "J9207 x 73; J9207-JW x 2; 96413 x 1" (× or * work as well as x).
 *
 * @example parseBilledLines('J9207-JW-JG x 2') //=> { ok: true, lines: [{ hcpcs: 'J9207', modifiers: ['JW', 'JG'], units: 2 }] }
 */
export function parseBilledLines(
  text: string,
): { ok: true; lines: BilledLine[] } | { ok: false; error: string } {
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const lines: BilledLine[] = [];
  const bad: string[] = [];
  for (const part of parts) {
    const m = linePattern.exec(part);
    if (!m) {
      bad.push(`"${part}"`);
      continue;
    }
    const modifiers = (m[2] ?? '')
      .split('-')
      .map((s) => s.trim().toUpperCase())
      .filter((s) => s !== '');
    lines.push({ hcpcs: (m[1] ?? '').toUpperCase(), modifiers, units: Number(m[3]) });
  }
  if (bad.length > 0) {
    return {
      ok: false,
      error: `lines: ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not CODE-MODIFIERS x UNITS (e.g. J9207-JW x 2).`,
    };
  }
  return { ok: true, lines };
}

function cell(record: CsvRecord, column: AuditCsvColumn): string {
  return (record[column] ?? '').trim();
}

/** Header names as the audit reads them: trimmed, lower case, spaces as underscores. */
export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, '_');
}

/** Required columns missing from a header row. */
export function missingColumns(headers: readonly string[]): string[] {
  const present = new Set(headers.map(normalizeHeader));
  return auditCsvColumns.filter((c) => c.required && !present.has(c.name)).map((c) => c.name);
}

/**
 * What is wrong with a header row, in words, or undefined when the required columns are there.
 * A header read as one cell holding semicolons (or tabs) was most likely saved with another
 * delimiter (a spreadsheet set to a decimal-comma locale saves with semicolons): say so.
 *
 * @example headerProblem(['claim_id;date_of_service;payer;lines'], 1)
 * //=> 'The header row (line 1) is one column holding semicolons: the file looks semicolon-separated. …'
 */
export function headerProblem(headerCells: readonly string[], line: number): string | undefined {
  const missing = missingColumns(headerCells);
  if (missing.length === 0) return undefined;
  const joined = headerCells.join(',');
  for (const [mark, name] of [
    [';', 'semicolon'],
    ['\t', 'tab'],
  ] as const) {
    const cells = joined.split(mark);
    if (cells.length > 1 && missingColumns(cells).length < missing.length) {
      return `The header row (line ${line}) holds ${name}s between the column names: the file looks ${name}-separated, and the audit reads commas. Save it as CSV with commas (in a spreadsheet: "CSV (comma delimited)"), or replace the ${name}s with commas, and keep a point for decimals (72.8).`;
    }
  }
  return `The header row (line ${line}) lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`;
}

/**
 * A CSV record (normalized header → cell text) as an audit claim, or the reasons it cannot be read.
 * Numbers are read as written ("72.8"); empty cells are "not documented".
 *
 * @example claimFromCsvRecord({ date_of_service: '2026-11-27', payer: 'medicare', dose_mg: '72.8', lines: 'J9207 x 73; J9207-JW x 2' })
 * //=> ok: true, claim with documentation.doseMg 72.8 and two lines
 */
export function claimFromCsvRecord(record: CsvRecord): CsvRowRead {
  const errors: string[] = [];
  const claimId = cell(record, 'claim_id');

  const number = (column: AuditCsvColumn, whole = false): number | undefined => {
    const text = cell(record, column);
    if (text === '') return undefined;
    const pattern = whole ? /^\d+$/ : /^\d+(\.\d+)?$|^\.\d+$/;
    if (!pattern.test(text)) {
      errors.push(`${column}: "${text}" is not ${whole ? 'a whole number' : 'a number'}.`);
      return undefined;
    }
    return Number(text);
  };

  const payer = cell(record, 'payer').toLowerCase();
  if (!['medicare', 'medicaid', 'commercial', 'other'].includes(payer)) {
    errors.push(`payer: "${cell(record, 'payer')}" is not medicare, medicaid, commercial or other.`);
  }
  const yesNo = (column: AuditCsvColumn): boolean => {
    const text = cell(record, column).toLowerCase();
    if (['yes', 'y', 'true', '1'].includes(text)) return true;
    if (!['', 'no', 'n', 'false', '0'].includes(text)) errors.push(`${column}: "${text}" is not yes or no.`);
    return false;
  };
  const kxRequired = yesNo('kx_required');
  const jwJzRequired = yesNo('jw_jz_required');

  const doc: ClaimDocumentation = {};
  const doseMg = number('dose_mg');
  if (doseMg !== undefined) doc.doseMg = doseMg;
  const heightCm = number('height_cm');
  if (heightCm !== undefined) doc.height = { value: heightCm, unit: 'cm' };
  const weightKg = number('weight_kg');
  if (weightKg !== undefined) doc.weight = { value: weightKg, unit: 'kg' };
  const mgPerM2 = number('dose_mg_per_m2');
  if (mgPerM2 !== undefined) doc.doseMgPerM2 = mgPerM2;
  const kits: VialCount[] = [];
  const k15 = number('kits_15mg', true);
  const k45 = number('kits_45mg', true);
  if (k45) kits.push({ strengthMg: 45, count: k45 });
  if (k15) kits.push({ strengthMg: 15, count: k15 });
  if (kits.length > 0) doc.kits = kits;
  const available = cell(record, 'kits_available');
  if (available !== '') {
    // "15;45", "45", "15 and 45", "45 mg only": every size named must be 15 or 45.
    const sizes: string[] = available
      .toLowerCase()
      .replace(/\bmg\b|\bonly\b|\band\b/g, ' ')
      .split(/[^0-9]+/)
      .filter(Boolean);
    if (sizes.length > 0 && sizes.every((s) => s === '15' || s === '45'))
      doc.kitsAvailableMg = ([15, 45] as const).filter((s) => sizes.some((t) => t === String(s)));
    else errors.push(`kits_available: "${available}" is not 15;45, 45 or 15.`);
  }
  const discarded = number('discarded_mg');
  if (discarded !== undefined) doc.discardedMg = discarded;
  const start = cell(record, 'infusion_start');
  if (start !== '') doc.infusionStart = start;
  const stop = cell(record, 'infusion_stop');
  if (stop !== '') doc.infusionStop = stop;

  let lines: BilledLine[] = [];
  const parsed = parseBilledLines(cell(record, 'lines'));
  if (parsed.ok) lines = parsed.lines;
  else errors.push(parsed.error);

  const pa: PriorAuthorization = {};
  const paNumber = cell(record, 'pa_number');
  if (paNumber !== '') pa.number = paNumber;
  const from = cell(record, 'pa_valid_from');
  if (from !== '') pa.validFrom = from;
  const to = cell(record, 'pa_valid_to');
  if (to !== '') pa.validTo = to;
  const paUnits = number('pa_units', true);
  if (paUnits !== undefined) pa.authorizedUnits = paUnits;

  const dos = cell(record, 'date_of_service');
  const claim: AuditClaim = {
    ...(dos !== '' ? { dateOfService: dos } : {}),
    payer: { type: payer as AuditClaim['payer']['type'], kxRequired, jwJzRequired },
    documentation: doc,
    lines,
    ...(Object.keys(pa).length > 0 ? { priorAuth: pa } : {}),
  };
  // The claim reader's reasons (a date that is not a date, a time that is not HH:MM…) join the
  // cell reasons, so a malformed row lists every reason at once.
  const read = readClaim(claim);
  if (!read.ok) {
    for (const e of read.errors) {
      if (e.field === 'payer.type' && errors.some((m) => m.startsWith('payer:'))) continue;
      if (!errors.includes(e.message)) errors.push(e.message);
    }
  }
  if (errors.length > 0) return { ok: false, claimId, errors };
  return { ok: true, claimId, claim };
}
