// Batch audit of a CSV of claims, all in the browser: papaparse reads the text (this module is
// loaded lazily, so papaparse stays out of the first-load bundle), each row becomes a claim
// (domain: claimFromCsvRecord) and is audited (auditClaim). A malformed row is reported with its
// line number and why; the other rows still audit.
import Papa from 'papaparse';
import {
  type AuditFinding,
  auditClaim,
  type BilledLine,
  claimFromCsvRecord,
  describeLines,
  headerProblem,
  normalizeHeader,
  type PayerType,
} from '../../domain';

export type BatchStatus = 'clean' | 'findings' | 'malformed';

export type BatchRow = {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  claimId: string;
  status: BatchStatus;
  findings: AuditFinding[];
  /** Why a malformed row could not be audited. */
  errors: string[];
  billed: BilledLine[];
  corrected: BilledLine[];
  /** As read, for pricing (Medicare only, by the quarter of the date of service). */
  dateOfService?: string;
  payer?: PayerType;
};

export type BatchResult = { ok: true; rows: BatchRow[] } | { ok: false; error: string };

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

function malformed(line: number, claimId: string, errors: string[]): BatchRow {
  return { line, claimId, status: 'malformed', findings: [], errors, billed: [], corrected: [] };
}

/**
 * Parses and audits a whole CSV text (comma-separated, first row the column names).
 *
 * @example auditCsvText('date_of_service,payer,dose_mg,lines\n2026-11-27,medicare,75,J9207-JZ x 75')
 * //=> { ok: true, rows: [{ line: 2, status: 'clean', … }] }
 */
export function auditCsvText(input: string): BatchResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let headers: string[] | undefined;
  let fileError: string | undefined;
  const rows: BatchRow[] = [];
  let line = 1;
  let previousCursor = 0;

  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result, parser) => {
      const startLine = line;
      const cursor = result.meta.cursor;
      line += countNewlines(text, previousCursor, cursor);
      previousCursor = cursor;
      const cells = result.data;
      if (cells.every((c) => c.trim() === '')) return; // blank line
      if (!headers) {
        headers = cells.map(normalizeHeader);
        fileError = headerProblem(headers, startLine);
        if (fileError) parser.abort();
        return;
      }
      const parseErrors = result.errors.map((e) => `The CSV is broken here: ${e.message}.`);
      if (parseErrors.length > 0) {
        rows.push(malformed(startLine, '', parseErrors));
        return;
      }
      if (cells.length !== headers.length) {
        const idIndex = headers.indexOf('claim_id');
        const claimId = idIndex >= 0 ? (cells[idIndex] ?? '').trim() : '';
        rows.push(
          malformed(startLine, claimId, [
            `The row has ${cells.length} field${cells.length === 1 ? '' : 's'}, the header ${headers.length}: a comma is missing or extra (quote cells that contain commas).`,
          ]),
        );
        return;
      }
      const record: Record<string, string> = {};
      headers.forEach((h, i) => {
        record[h] = cells[i] ?? '';
      });
      const read = claimFromCsvRecord(record);
      if (!read.ok) {
        rows.push(malformed(startLine, read.claimId, read.errors));
        return;
      }
      const audit = auditClaim(read.claim);
      if (!audit.ok) {
        rows.push(
          malformed(
            startLine,
            read.claimId,
            audit.errors.map((e) => e.message),
          ),
        );
        return;
      }
      rows.push({
        line: startLine,
        claimId: read.claimId,
        status: audit.clean ? 'clean' : 'findings',
        findings: audit.findings,
        errors: [],
        billed: audit.billed,
        corrected: audit.corrected,
        ...(audit.dateOfService ? { dateOfService: audit.dateOfService } : {}),
        ...(audit.payer ? { payer: audit.payer } : {}),
      });
    },
  });

  if (fileError) return { ok: false, error: fileError };
  if (!headers)
    return { ok: false, error: 'The file is empty: it needs a header row and one row per claim.' };
  return { ok: true, rows };
}

/** Column names of the findings download. */
export const findingsCsvColumns = [
  'line',
  'claim_id',
  'status',
  'severity',
  'code',
  'message',
  'fix',
  'billed',
  'corrected',
] as const;

/**
 * The findings as CSV: one row per finding (or per malformed reason), one row for a clean claim.
 * Cells that a spreadsheet would run as a formula are escaped.
 */
export function findingsCsv(rows: readonly BatchRow[]): string {
  const out: string[][] = [];
  for (const row of rows) {
    const base = [String(row.line), row.claimId, row.status];
    const billed = row.billed.length > 0 ? describeLines(row.billed) : '';
    const corrected = row.corrected.length > 0 ? describeLines(row.corrected) : '';
    if (row.status === 'malformed') {
      for (const error of row.errors)
        out.push([
          ...base,
          'error',
          'MALFORMED_ROW',
          error,
          'Correct the row and audit the file again.',
          '',
          '',
        ]);
    } else if (row.findings.length === 0) {
      out.push([...base, '', '', 'Clean.', '', billed, corrected]);
    } else {
      for (const f of row.findings)
        out.push([...base, f.severity, f.code, f.message, f.fix, billed, corrected]);
    }
  }
  return Papa.unparse(
    { fields: [...findingsCsvColumns], data: out },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
