import { describe, expect, it } from 'vitest';
import { auditCsvText } from './audit-csv';
import { batchFindings } from './batch-checks';
import { createBatchStore } from './batch-store';

const header =
  'claim_id,date_of_service,payer,dose_mg,kits_15mg,kits_45mg,discarded_mg,infusion_start,infusion_stop,lines';
const good = (id: string) =>
  `${id},2026-11-27,medicare,72.8,2,1,2.2,09:00,12:00,J9207 x 73; J9207-JW x 2; 96413 x 1; 96415 x 2`;

function storeOf(lines: string[]) {
  const r = auditCsvText([header, ...lines].join('\n'));
  if (!r.ok) throw new Error(r.error);
  const store = createBatchStore();
  for (const row of r.rows) store.add(row);
  return store;
}

describe('batch store: findings that need the whole batch', () => {
  it('a clean row given an error becomes a row with findings, and the counts follow', () => {
    const store = storeOf([good('A'), good('B'), good('A')]);
    expect(store.counts().status).toEqual({ clean: 3, findings: 0, malformed: 0 });
    const finding = {
      code: 'JW_MISSING' as const,
      severity: 'error' as const,
      message: 'Appears twice.',
      fix: 'Keep one.',
      source: 'test',
    };
    store.addBatchFindings([
      { index: 0, finding },
      { index: 2, finding },
    ]);
    expect(store.counts().status).toEqual({ clean: 1, findings: 2, malformed: 0 });
    expect(store.counts().codes).toEqual({ JW_MISSING: 2 });
    const page = store.page({
      filter: { status: 'findings', severity: 'all', code: 'all' },
      sort: { key: 'line', direction: 'ascending' },
      page: 0,
      pageSize: 100,
    });
    expect(page.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('a note leaves a clean row clean', () => {
    const store = storeOf([good('A')]);
    store.addBatchFindings([
      { index: 0, finding: { code: 'PA_MISSING', severity: 'info', message: 'n', fix: 'f', source: 's' } },
    ]);
    expect(store.counts().status.clean).toBe(1);
  });
});

describe('batch findings: duplicates and the audit date', () => {
  it('every row of a repeated claim id + date of service gets the duplicate finding, naming the lines', () => {
    const store = storeOf([good('A'), good('B'), good('A')]);
    store.addBatchFindings(batchFindings(store.rows()));
    expect(store.counts().status).toEqual({ clean: 1, findings: 2, malformed: 0 });
    const dup = store.rows().map((r) => r.findings.find((f) => f.code === 'DUPLICATE_CLAIM')?.message);
    expect(dup).toEqual([
      'Claim A for 2026-11-27 appears 2 times in this file (line 2, line 4).',
      undefined,
      'Claim A for 2026-11-27 appears 2 times in this file (line 2, line 4).',
    ]);
  });

  it('a date of service after the audit date given by the page is a finding; the same day is not', () => {
    const text = [header, good('A')].join('\n');
    const before = auditCsvText(text, { auditDate: '2026-11-26' });
    const same = auditCsvText(text, { auditDate: '2026-11-27' });
    if (!before.ok || !same.ok) throw new Error('not read');
    expect(before.rows[0]?.findings.map((f) => f.code)).toContain('DOS_AFTER_AUDIT_DATE');
    expect(same.rows[0]?.status).toBe('clean');
  });
});
