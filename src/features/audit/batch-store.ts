// The audited rows of one batch and the questions the page asks of them: a filtered, sorted page,
// the counts behind the filters, the Medicare totals and the findings CSV. It lives in the batch
// worker, so sorting 200,000 rows never blocks the page.
import { type BatchClaim, batchRevenue } from '../../domain';
import {
  type BatchLimits,
  type BatchRow,
  type BatchStatus,
  bom,
  findingsCsvChunk,
  findingsCsvRecords,
  pricingFacts,
} from './audit-csv';
import type { BatchFinding } from './batch-checks';
import {
  type BatchCounts,
  type BatchFilter,
  type BatchRevenueResult,
  malformedCode,
  type PageQuery,
  type PageResult,
  type SortKey,
} from './batch-types';

const statusRank: Record<BatchStatus, number> = { malformed: 0, findings: 1, clean: 2 };

function problems(row: BatchRow): number {
  return row.status === 'malformed'
    ? row.errors.length
    : row.findings.filter((f) => f.severity !== 'info').length;
}

function severities(row: BatchRow): Set<string> {
  return row.status === 'malformed' ? new Set(['error']) : new Set(row.findings.map((f) => f.severity));
}

function codes(row: BatchRow): Set<string> {
  return row.status === 'malformed' ? new Set([malformedCode]) : new Set(row.findings.map((f) => f.code));
}

function matches(row: BatchRow, filter: BatchFilter): boolean {
  if (filter.status !== 'all' && row.status !== filter.status) return false;
  if (filter.severity !== 'all') {
    const ok =
      row.status === 'malformed'
        ? filter.severity === 'error'
        : row.findings.some((f) => f.severity === filter.severity);
    if (!ok) return false;
  }
  if (filter.code !== 'all') {
    const ok =
      row.status === 'malformed'
        ? filter.code === malformedCode
        : row.findings.some((f) => f.code === filter.code);
    if (!ok) return false;
  }
  return true;
}

export function emptyCounts(): BatchCounts {
  return {
    rows: 0,
    status: { clean: 0, findings: 0, malformed: 0 },
    severity: { error: 0, warning: 0, info: 0 },
    codes: {},
  };
}

/** Adds one row to running counts (in place). */
export function countRow(counts: BatchCounts, row: BatchRow): void {
  counts.rows += 1;
  counts.status[row.status] += 1;
  for (const s of severities(row)) counts.severity[s as 'error'] += 1;
  for (const c of codes(row)) counts.codes[c] = (counts.codes[c] ?? 0) + 1;
}

export function createBatchStore() {
  const rows: BatchRow[] = [];
  const counts = emptyCounts();
  // Ascending order per sort key (row indices), built on first use; descending is its reverse.
  const orders = new Map<SortKey, Int32Array>();
  const collator = new Intl.Collator('en', { numeric: true });

  const order = (key: SortKey): Int32Array => {
    const cached = orders.get(key);
    if (cached && cached.length === rows.length) return cached;
    const index = Int32Array.from(rows.keys());
    if (key !== 'line') {
      const rank =
        key === 'status'
          ? rows.map((r) => statusRank[r.status])
          : key === 'findings'
            ? rows.map(problems)
            : undefined;
      index.sort((a, b) => {
        const ra = rows[a] as BatchRow;
        const rb = rows[b] as BatchRow;
        const d = rank ? (rank[a] as number) - (rank[b] as number) : collator.compare(ra.claimId, rb.claimId);
        return d || ra.line - rb.line;
      });
    } else index.sort((a, b) => (rows[a] as BatchRow).line - (rows[b] as BatchRow).line);
    orders.set(key, index);
    return index;
  };

  return {
    add(row: BatchRow) {
      rows.push(row);
      countRow(counts, row);
    },
    rows: (): readonly BatchRow[] => rows,

    /**
     * Adds findings that need the whole batch. A clean row given an error or a warning becomes
     * "findings"; a malformed row keeps only its reasons.
     */
    addBatchFindings(extra: readonly BatchFinding[]) {
      if (extra.length === 0) return;
      for (const { index, finding } of extra) {
        const row = rows[index];
        if (!row || row.status === 'malformed') continue;
        row.findings.push(finding);
        if (row.status === 'clean' && finding.severity !== 'info') row.status = 'findings';
      }
      Object.assign(counts, emptyCounts());
      for (const row of rows) countRow(counts, row);
      orders.clear();
    },
    counts: () => counts,
    size: () => rows.length,

    page(query: PageQuery): PageResult {
      const index = order(query.sort.key);
      const n = index.length;
      const at = (i: number) =>
        rows[index[query.sort.direction === 'ascending' ? i : n - 1 - i] as number] as BatchRow;
      const all =
        query.filter.status === 'all' && query.filter.severity === 'all' && query.filter.code === 'all';
      const pageSize = Math.max(1, query.pageSize);
      if (all) {
        const pages = Math.max(1, Math.ceil(n / pageSize));
        const page = Math.min(Math.max(0, query.page), pages - 1);
        const out: BatchRow[] = [];
        for (let i = page * pageSize; i < Math.min(n, (page + 1) * pageSize); i += 1) out.push(at(i));
        return { rows: out, matching: n, page };
      }
      const hits: BatchRow[] = [];
      for (let i = 0; i < n; i += 1) {
        const r = at(i);
        if (matches(r, query.filter)) hits.push(r);
      }
      const pages = Math.max(1, Math.ceil(hits.length / pageSize));
      const page = Math.min(Math.max(0, query.page), pages - 1);
      return { rows: hits.slice(page * pageSize, (page + 1) * pageSize), matching: hits.length, page };
    },

    /**
     * Medicare totals for the audited (not malformed) rows, each claim at its own quarter's limit
     * (domain: batchRevenue); `notPriced` indexes are positions in the batch.
     */
    revenue(limits: BatchLimits): BatchRevenueResult {
      const audited: number[] = [];
      const claims: BatchClaim[] = [];
      for (let i = 0; i < rows.length; i += 1) {
        const r = rows[i] as BatchRow;
        if (r.status === 'malformed') continue;
        audited.push(i);
        claims.push({ ...pricingFacts(r), billed: r.billed, corrected: r.corrected });
      }
      const result = batchRevenue(claims, limits);
      if (!result.ok) return result;
      return {
        ...result,
        notPriced: result.notPriced.map((n) => ({ ...n, index: audited[n.index] ?? n.index })),
      };
    },

    /** The findings CSV (with a byte-order mark), built in pieces so no one string gets huge. */
    findingsCsv(limits: BatchLimits): Blob {
      const parts: string[] = [bom, findingsCsvChunk([], true), '\r\n'];
      const step = 5000;
      for (let i = 0; i < rows.length; i += step) {
        const records = rows.slice(i, i + step).flatMap((r) => findingsCsvRecords(r, limits));
        if (records.length > 0) parts.push(findingsCsvChunk(records, false), '\r\n');
      }
      return new Blob(parts, { type: 'text/csv;charset=utf-8' });
    },
  };
}

export type BatchStore = ReturnType<typeof createBatchStore>;
