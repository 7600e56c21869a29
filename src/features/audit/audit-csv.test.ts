import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditCsvText, findingsCsv } from './audit-csv';

const header =
  'claim_id,date_of_service,payer,dose_mg,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines';
// 72.8 mg → 73 units given; 45 + 2 × 15 = 75 mg; 75 − 73 = 2 discarded (2.2 mg).
const clean = 'A,2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2';
const noJw = 'B,2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; 96413 x 1; 96415 x 2';

describe('auditCsvText', () => {
  it('audits each row and numbers rows by their line in the file (header = line 1)', () => {
    const r = auditCsvText([header, clean, noJw].join('\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((row) => [row.line, row.claimId, row.status])).toEqual([
      [2, 'A', 'clean'],
      [3, 'B', 'findings'],
    ]);
    expect(r.rows[1]?.findings.map((f) => f.code)).toEqual(['JW_MISSING']);
  });

  it('keeps line numbers right across blank lines, CRLF and a quoted cell that spans two lines', () => {
    const text = `${header}\r\n\r\n"A\nsecond line",2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2\r\n${noJw}\r\n`;
    const r = auditCsvText(text);
    expect(r.ok && r.rows.map((row) => row.line)).toEqual([3, 5]);
  });

  it('reports malformed rows with line and reason while the other rows still audit', () => {
    const text = [
      header,
      'C,2026-11-27,medicare,72,8,2,1,2.2,09:00,12:00,J9207 x 73; 96413 x 1; 96415 x 2', // unquoted decimal comma: 11 fields for 10 columns
      'D,2026-02-30,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2', // 30 February
      'E,2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 seventy-three; 96413 x 1; 96415 x 2',
      clean,
    ].join('\n');
    const r = auditCsvText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((row) => [row.line, row.claimId, row.status])).toEqual([
      [2, 'C', 'malformed'],
      [3, 'D', 'malformed'],
      [4, 'E', 'malformed'],
      [5, 'A', 'clean'],
    ]);
    expect(r.rows[0]?.errors[0]).toContain('11 fields, the header 10');
    expect(r.rows[1]?.errors).toEqual(['The date of service must be a real date, YYYY-MM-DD.']);
    expect(r.rows[2]?.errors[0]).toContain('"J9207 seventy-three"');
  });

  it('refuses a file without the required columns, and an empty file', () => {
    expect(auditCsvText('claim_id,payer\nA,medicare')).toEqual({
      ok: false,
      error: 'The header row (line 1) lacks the required columns date_of_service, lines.',
    });
    expect(auditCsvText('')).toMatchObject({ ok: false });
  });

  it('strips a byte-order mark and reads headers in any case', () => {
    const r = auditCsvText(`\uFEFF${header.toUpperCase()}\n${clean}`);
    expect(r.ok && r.rows[0]?.status).toBe('clean');
  });

  it('the shipped sample has good, faulty and malformed rows', () => {
    const sample = readFileSync(join(__dirname, '../../../public/audit-sample.csv'), 'utf8');
    const r = auditCsvText(sample);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const count = (s: string) => r.rows.filter((row) => row.status === s).length;
    expect([count('clean'), count('findings'), count('malformed')]).toEqual([4, 7, 3]);
  });
});

describe('findingsCsv', () => {
  it('one row per finding, one per clean claim, one per malformed reason; formulas escaped', () => {
    const r = auditCsvText(
      [
        header,
        clean,
        noJw,
        '=HYPERLINK("x"),2026-02-30,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; 96413 x 1; 96415 x 2',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(r.error);
    const parsed = Papa.parse<string[]>(findingsCsv(r.rows)).data;
    expect(parsed[0]).toEqual([
      'line',
      'claim_id',
      'status',
      'severity',
      'code',
      'message',
      'fix',
      'billed',
      'corrected',
    ]);
    expect(parsed[1]?.slice(0, 6)).toEqual(['2', 'A', 'clean', '', '', 'Clean.']);
    expect(parsed[2]?.slice(0, 5)).toEqual(['3', 'B', 'findings', 'error', 'JW_MISSING']);
    expect(parsed[2]?.[6]).toBe('Bill J9207 × 73 and J9207-JW × 2.');
    expect(parsed[3]?.slice(0, 5)).toEqual(['4', `'=HYPERLINK("x")`, 'malformed', 'error', 'MALFORMED_ROW']);
  });
});
