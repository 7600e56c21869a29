import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditCsvText, type BatchRow, findingsCsv } from './audit-csv';
import { auditCsvStream } from './audit-stream';

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

describe('auditCsvText: every reason and the semicolon hint', () => {
  it('lists every reason a row cannot be read, not only the first', () => {
    // Two bad cells, a date that is not a date and a time that is not HH:MM: four reasons.
    const r = auditCsvText([header, 'F,2026-02-30,medicare,7x,2,one,2.2,9am,12:00,J9207 x 73'].join('\n'));
    if (!r.ok) throw new Error(r.error);
    const errors = r.rows[0]?.errors ?? [];
    expect(errors).toHaveLength(4);
    expect(errors).toEqual(
      expect.arrayContaining([
        'dose_mg: "7x" is not a number.',
        'kits_45mg: "one" is not a whole number.',
        'The date of service must be a real date, YYYY-MM-DD.',
      ]),
    );
    expect(errors.some((e) => e.includes('9am') || /start/i.test(e))).toBe(true);
  });

  it('explains a header separated by semicolons', () => {
    const r = auditCsvText('claim_id;date_of_service;payer;lines\nA;2026-11-27;medicare;J9207 x 73');
    // The wording is the domain's (headerProblem); here: the batch passes it on.
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^The header row \(line 1\) holds semicolons .*semicolon-separated/);
    // A comma file that just lacks a column gets no semicolon hint.
    expect(auditCsvText('claim_id,payer,lines\nA,medicare,J9207 x 1')).toEqual({
      ok: false,
      error: 'The header row (line 1) lacks the required column date_of_service.',
    });
  });
});

describe('auditCsvStream', () => {
  it('reads a "×" split between two chunks of bytes, and keeps line numbers across chunks', async () => {
    const text = `\uFEFF${header}\nA,2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 × 73; J9207-JW × 2; 96413 × 1; 96415 × 2\n\n${noJw}\n`;
    const bytes = new TextEncoder().encode(text);
    const cut = bytes.indexOf(0xc3); // "×" is C3 97 in UTF-8: cut between its two bytes
    const file = {
      size: bytes.length,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes.slice(0, cut + 1));
            controller.enqueue(bytes.slice(cut + 1));
            controller.close();
          },
        }),
    } as unknown as Blob;
    const rows: BatchRow[] = [];
    const result = await auditCsvStream(file, {}, { onRow: (row) => rows.push(row) });
    expect(result).toEqual({ ok: true, rows: 2 });
    expect(rows.map((r) => [r.line, r.claimId, r.status])).toEqual([
      [2, 'A', 'clean'],
      [4, 'B', 'findings'],
    ]);
  });
});

describe('findingsCsv', () => {
  const limits = [{ limit: '10.5', quarter: '2026 Q4' }];
  const read = (text: string) => {
    // The download starts with a UTF-8 byte-order mark (U+FEFF) for Excel.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed;
  };

  it('has a BOM and one column each for the billed and corrected code, modifiers and units', () => {
    const r = auditCsvText([header, clean, noJw].join('\n'));
    if (!r.ok) throw new Error(r.error);
    const parsed = read(findingsCsv(r.rows, limits));
    expect(parsed.meta.fields).toEqual([
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
    ]);
    const pick = (row: Record<string, string> | undefined) => [
      row?.line,
      row?.claim_id,
      row?.date_of_service,
      row?.payer,
      row?.status,
      row?.row_type,
      row?.code,
      row?.line_change,
      row?.billed_code,
      row?.billed_modifiers,
      row?.billed_units,
      row?.corrected_code,
      row?.corrected_modifiers,
      row?.corrected_units,
      row?.billed_allowed_usd,
      row?.corrected_allowed_usd,
    ];
    // At $10.50 a unit: 73 × 10.5 = 766.50; 2 × 10.5 = 21.00. The administration lines are checked below.
    const drug = parsed.data.filter(
      (row) => row.row_type === 'finding' || [row.billed_code, row.corrected_code].includes('J9207'),
    );
    expect(drug.map(pick)).toEqual([
      [
        '2',
        'A',
        '2026-11-27',
        'medicare',
        'clean',
        'line',
        '',
        'same',
        'J9207',
        '',
        '73',
        'J9207',
        '',
        '73',
        '766.50',
        '766.50',
      ],
      [
        '2',
        'A',
        '2026-11-27',
        'medicare',
        'clean',
        'line',
        '',
        'same',
        'J9207',
        'JW',
        '2',
        'J9207',
        'JW',
        '2',
        '21.00',
        '21.00',
      ],
      [
        '3',
        'B',
        '2026-11-27',
        'medicare',
        'findings',
        'finding',
        'JW_MISSING',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        '3',
        'B',
        '2026-11-27',
        'medicare',
        'findings',
        'line',
        '',
        'same',
        'J9207',
        '',
        '73',
        'J9207',
        '',
        '73',
        '766.50',
        '766.50',
      ],
      [
        '3',
        'B',
        '2026-11-27',
        'medicare',
        'findings',
        'line',
        '',
        'added',
        '',
        '',
        '',
        'J9207',
        'JW',
        '2',
        '',
        '21.00',
      ],
    ]);
    expect(drug[2]?.fix).toBe('Bill J9207 × 73 and J9207-JW × 2.');
    expect(drug[0]?.price_note).toBe(
      'Medicare at $10.50 per unit (2026 Q4): units × limit, rounded half-up to the cent once.',
    );
    const admin = parsed.data.filter((row) => row.billed_code === '96413');
    expect(
      admin.map((row) => [row.claim_id, row.line_change, row.billed_allowed_usd, row.price_note]),
    ).toEqual([
      ['A', 'same', '', 'Not priced: not a J9207 line.'],
      ['B', 'same', '', 'Not priced: not a J9207 line.'],
    ]);
  });

  it('leaves dollars empty with the reason: no limit typed, or not a Medicare claim', () => {
    const r = auditCsvText(
      [
        header,
        clean,
        'C,2026-11-27,medicaid,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(r.error);
    const none = read(findingsCsv(r.rows)).data;
    expect(none[0]?.billed_allowed_usd).toBe('');
    expect(none[0]?.price_note).toBe(
      'Not priced: no payment limit was entered for 2026 Q4, the quarter of the date of service 2026-11-27.',
    );
    const priced = read(findingsCsv(r.rows, limits)).data.filter((row) => row.claim_id === 'C');
    expect(priced.map((row) => [row.row_type, row.billed_allowed_usd, row.price_note])).toContainEqual([
      'line',
      '',
      "Not priced: the payer is Medicaid; the ASP payment limit is Medicare Part B's, and other payers pay by their own contract.",
    ]);
  });

  it('one row per malformed reason; cells starting = + - @ tab or CR are escaped', () => {
    const rows: BatchRow[] = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tA', '\rB'].map((claimId, i) => ({
      line: i + 2,
      claimId,
      dateOfService: '2026-11-27',
      payer: 'medicare',
      status: 'malformed',
      findings: [],
      errors: ['First reason.', 'Second reason.'],
      billed: [],
      corrected: [],
    }));
    const parsed = read(findingsCsv(rows)).data;
    expect(parsed).toHaveLength(12);
    expect(parsed.slice(0, 2).map((row) => [row.claim_id, row.code, row.message])).toEqual([
      [`'=HYPERLINK("x")`, 'MALFORMED_ROW', 'First reason.'],
      [`'=HYPERLINK("x")`, 'MALFORMED_ROW', 'Second reason.'],
    ]);
    expect(parsed.filter((_, i) => i % 2 === 0).map((row) => row.claim_id)).toEqual([
      `'=HYPERLINK("x")`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tA",
      "'\rB",
    ]);
  });
});
