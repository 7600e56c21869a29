// Batch audit of a CSV of claims, all in the browser: papaparse reads the text, each row becomes a
// claim (domain: claimFromCsvRecord) and is audited (auditClaim). A malformed row is reported with
// its line number and every reason; the other rows still audit. The same row reader serves the
// whole-text parse (tests, bench) and the streaming parse in the batch worker (audit-stream.ts).
// Also the findings download: one row per finding and one per claim line, with formulas escaped.
import Papa from 'papaparse';
import {
  type AuditFinding,
  type AuditOptions,
  auditClaim,
  type BilledLine,
  type ClaimPricingFacts,
  claimFromCsvRecord,
  formatLimit,
  headerProblem,
  lineDiff,
  normalizeHeader,
  type PayerType,
  priceClaim,
  type QuarterLimitInput,
} from '../../domain';

export type BatchStatus = 'clean' | 'findings' | 'malformed';

export type BatchRow = {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  claimId: string;
  /** Date of service and payer as written in the row (also for a malformed row). */
  dateOfService: string;
  payer: string;
  status: BatchStatus;
  findings: AuditFinding[];
  /** Every reason a malformed row could not be audited. */
  errors: string[];
  billed: BilledLine[];
  corrected: BilledLine[];
};

export type BatchResult = { ok: true; rows: BatchRow[] } | { ok: false; error: string };

/** What the row reader makes of one parsed CSV record. */
export type RowOutcome =
  | { kind: 'header' }
  | { kind: 'blank' }
  | { kind: 'row'; row: BatchRow }
  | { kind: 'file-error'; error: string };

function newlinesIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n += 1;
  return n;
}

/**
 * A reader for parsed CSV records in file order: the first non-blank record is the header, each
 * later one a claim. Keeps the line count, so a row knows the line it starts on even when a quoted
 * cell spans lines.
 */
export function createRowReader(options: AuditOptions = {}) {
  let headers: string[] | undefined;
  let line = 1;
  let idIndex = -1;
  let dosIndex = -1;
  let payerIndex = -1;

  return (cells: string[], parseErrors: readonly { message: string }[]): RowOutcome => {
    const startLine = line;
    line += 1 + newlinesIn(cells);
    if (cells.every((c) => c.trim() === '')) return { kind: 'blank' };
    if (!headers) {
      headers = cells.map(normalizeHeader);
      const problem = headerProblem(headers, startLine);
      if (problem) return { kind: 'file-error', error: problem };
      idIndex = headers.indexOf('claim_id');
      dosIndex = headers.indexOf('date_of_service');
      payerIndex = headers.indexOf('payer');
      return { kind: 'header' };
    }
    const at = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const base = {
      line: startLine,
      claimId: at(idIndex),
      dateOfService: at(dosIndex),
      payer: at(payerIndex),
    };
    const malformed = (errors: string[]): RowOutcome => ({
      kind: 'row',
      row: { ...base, status: 'malformed', findings: [], errors, billed: [], corrected: [] },
    });
    const errors = parseErrors.map((e) => `The CSV is broken here: ${e.message}.`);
    if (cells.length !== headers.length) {
      errors.push(
        `The row has ${cells.length} field${cells.length === 1 ? '' : 's'}, the header ${headers.length}: a comma is missing or extra (quote cells that contain commas).`,
      );
    }
    if (errors.length > 0) return malformed(errors);
    const record: Record<string, string> = {};
    headers.forEach((h, i) => {
      record[h] = cells[i] ?? '';
    });
    const read = claimFromCsvRecord(record);
    if (!read.ok) return malformed(read.errors);
    const audit = auditClaim(read.claim, options);
    if (!audit.ok) return malformed(audit.errors.map((e) => e.message));
    return {
      kind: 'row',
      row: {
        ...base,
        claimId: read.claimId,
        dateOfService: audit.dateOfService ?? base.dateOfService,
        payer: audit.payer ?? base.payer,
        status: audit.clean ? 'clean' : 'findings',
        findings: audit.findings,
        errors: [],
        billed: audit.billed,
        corrected: audit.corrected,
      },
    };
  };
}

export const emptyFileError = 'The file is empty: it needs a header row and one row per claim.';

/**
 * Parses and audits a whole CSV text (comma-separated, first row the column names).
 *
 * @example auditCsvText('date_of_service,payer,dose_mg,lines\n2026-11-27,medicare,75,J9207-JZ x 75')
 * //=> { ok: true, rows: [{ line: 2, status: 'clean', … }] }
 */
export function auditCsvText(input: string, options: AuditOptions = {}): BatchResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const read = createRowReader(options);
  let fileError: string | undefined;
  let sawHeader = false;
  const rows: BatchRow[] = [];
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result, parser) => {
      const outcome = read(result.data, result.errors);
      if (outcome.kind === 'header') sawHeader = true;
      else if (outcome.kind === 'row') rows.push(outcome.row);
      else if (outcome.kind === 'file-error') {
        fileError = outcome.error;
        parser.abort();
      }
    },
  });
  if (fileError) return { ok: false, error: fileError };
  if (!sawHeader) return { ok: false, error: emptyFileError };
  return { ok: true, rows };
}

/** One payment limit typed for the batch: per unit, and the quarter of the ASP file it is from. */
export type BatchPaymentLimit = { limit: string; quarter: string };
/** The batch's payment limits, one per quarter; a claim is priced only by its own quarter's. */
export type BatchLimits = readonly BatchPaymentLimit[];

type LineDollars = { billed: string; corrected: string; note: string };

const payerTypes: readonly string[] = ['medicare', 'medicaid', 'commercial', 'other'];

/** The row's payer and date of service as the pricing rule reads them (an unknown payer is "other": never priced). */
export function pricingFacts(row: Pick<BatchRow, 'payer' | 'dateOfService'>): ClaimPricingFacts {
  const p = row.payer.trim().toLowerCase();
  const dateOfService = row.dateOfService.trim();
  return {
    payer: (payerTypes.includes(p) ? p : 'other') as PayerType,
    ...(dateOfService !== '' ? { dateOfService } : {}),
  };
}

/**
 * Allowed dollars for one claim line pair: the seam to the domain's pricing rule (priceClaim:
 * Medicare only, at the limit for the quarter of the date of service, each line rounded half-up to
 * the cent once). A blank cell has its reason in the note.
 */
export function lineDollars(
  row: Pick<BatchRow, 'payer' | 'dateOfService'>,
  billed: BilledLine | undefined,
  corrected: BilledLine | undefined,
  limits: BatchLimits,
): LineDollars {
  const priced = priceClaim(
    pricingFacts(row),
    billed ? [billed] : [],
    corrected ? [corrected] : [],
    limits as readonly QuarterLimitInput[],
  );
  if (priced.status === 'invalid')
    return {
      billed: '',
      corrected: '',
      note: `Not priced: ${priced.errors.map((e) => e.message).join(' ')}`,
    };
  if (priced.status === 'not-priced') return { billed: '', corrected: '', note: priced.reason };
  const revenue = priced.revenue;
  const b = revenue.billed[0]?.allowed ?? '';
  const c = revenue.corrected[0]?.allowed ?? '';
  if (b === '' && c === '') return { billed: '', corrected: '', note: 'Not priced: not a J9207 line.' };
  return {
    billed: b,
    corrected: c,
    note: `Medicare at ${formatLimit(revenue.paymentLimitPerUnit)} per unit (${revenue.quarter}): units × limit, rounded half-up to the cent once.`,
  };
}

/** Column names of the findings download. */
export const findingsCsvColumns = [
  'line',
  'claim_id',
  'date_of_service',
  'payer',
  'status',
  'row_type',
  'severity',
  'code',
  'message',
  'fix',
  'line_change',
  'billed_code',
  'billed_modifiers',
  'billed_units',
  'corrected_code',
  'corrected_modifiers',
  'corrected_units',
  'billed_allowed_usd',
  'corrected_allowed_usd',
  'price_note',
] as const;

const malformedFix = 'Correct the row and audit the file again.';

/** The CSV rows of one audited claim: its findings (or malformed reasons), then its lines. */
export function findingsCsvRecords(row: BatchRow, limits: BatchLimits): string[][] {
  const out: string[][] = [];
  const base = [String(row.line), row.claimId, row.dateOfService, row.payer, row.status];
  const noLine = ['', '', '', '', '', '', '', '', '', ''];
  if (row.status === 'malformed') {
    for (const error of row.errors)
      out.push([...base, 'finding', 'error', 'MALFORMED_ROW', error, malformedFix, ...noLine]);
    return out;
  }
  for (const f of row.findings)
    out.push([...base, 'finding', f.severity, f.code, f.message, f.fix, ...noLine]);
  for (const d of lineDiff(row.billed, row.corrected)) {
    const money = lineDollars(row, d.billed, d.corrected, limits);
    out.push([
      ...base,
      'line',
      '',
      '',
      '',
      '',
      d.status,
      d.billed?.hcpcs ?? '',
      d.billed?.modifiers.join(' ') ?? '',
      d.billed ? String(d.billed.units) : '',
      d.corrected?.hcpcs ?? '',
      d.corrected?.modifiers.join(' ') ?? '',
      d.corrected ? String(d.corrected.units) : '',
      money.billed,
      money.corrected,
      money.note,
    ]);
  }
  return out;
}

/** UTF-8 byte-order mark: Excel reads the file as UTF-8 only with it ("×" otherwise shows as "Ã—"). */
export const bom = '\uFEFF';

/** Rows of the findings CSV, escaped (a cell starting = + - @ tab or CR is prefixed with '). */
export function findingsCsvChunk(records: readonly string[][], withHeader: boolean): string {
  const text = Papa.unparse(
    { fields: [...findingsCsvColumns], data: records as string[][] },
    { escapeFormulae: true, newline: '\r\n', header: withHeader },
  );
  return text;
}

/**
 * The findings as CSV text with a byte-order mark: one row per finding (or malformed reason), one
 * per billed/corrected line pair.
 */
export function findingsCsv(rows: readonly BatchRow[], limits: BatchLimits = []): string {
  const records = rows.flatMap((r) => findingsCsvRecords(r, limits));
  return `${bom}${findingsCsvChunk(records, true)}\r\n`;
}
