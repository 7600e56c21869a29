// Shapes shared by the batch page and the batch worker (no code that pulls in the CSV reader, so
// the page's bundle stays without papaparse): the page query, the counts behind the filters.
import type { BatchRevenue, FieldError } from '../../domain';
import type { BatchRow, BatchStatus } from './audit-csv';

export type SortKey = 'line' | 'claimId' | 'status' | 'findings';
export type SortDirection = 'ascending' | 'descending';

export type BatchFilter = {
  status: BatchStatus | 'all';
  severity: 'error' | 'warning' | 'info' | 'all';
  /** A finding code, MALFORMED_ROW for a malformed row, or 'all'. */
  code: string;
};

export type PageQuery = {
  filter: BatchFilter;
  sort: { key: SortKey; direction: SortDirection };
  /** 0-based. */
  page: number;
  pageSize: number;
};

export type PageResult = { rows: BatchRow[]; matching: number; page: number };

/** How many rows each status, severity and code concerns (a row counts once per value). */
export type BatchCounts = {
  rows: number;
  status: Record<BatchStatus, number>;
  severity: Record<'error' | 'warning' | 'info', number>;
  codes: Record<string, number>;
};

export type BatchRevenueResult = BatchRevenue | { ok: false; errors: FieldError[] };

export const malformedCode = 'MALFORMED_ROW';

export const allRows: BatchFilter = { status: 'all', severity: 'all', code: 'all' };
