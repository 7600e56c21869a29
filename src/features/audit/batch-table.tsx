// The batch results: one row per CSV row with its billed and corrected lines, filtered by status,
// severity and finding code, sorted by line, claim, status or number of findings, and shown a page
// of 100 at a time with page navigation above it. The rows stay in the batch worker; the table asks
// it for one page at a time, so 200,000 rows cost the page no more than 100.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { describeLine, describeLines } from '../../domain';
import type { BatchRow, BatchStatus } from './audit-csv';
import {
  allRows,
  type BatchCounts,
  type BatchFilter,
  malformedCode,
  type PageQuery,
  type PageResult,
  type SortDirection,
  type SortKey,
} from './batch-types';
import { severityLabel } from './findings-list';

export const pageSize = 100;
/** Rows added per task when a page is shown, so no one task builds (and lays out) all 100. */
const rowsPerSlice = 20;

const statusText: Record<BatchStatus, string> = {
  malformed: 'Malformed',
  findings: 'Findings',
  clean: 'Clean',
};

const columns: { key: SortKey; label: string }[] = [
  { key: 'line', label: 'Line' },
  { key: 'claimId', label: 'Claim' },
  { key: 'status', label: 'Status' },
  { key: 'findings', label: 'Findings' },
];

const n = (value: number) => value.toLocaleString('en-US');

export type PageSource = { page: (query: PageQuery) => Promise<PageResult> };

type BatchTableProps = { source: PageSource; counts: BatchCounts };

function Lines({ row, which }: { row: BatchRow; which: 'billed' | 'corrected' }) {
  const lines = row[which];
  if (lines.length === 0) return <span className="audit-muted">—</span>;
  const changed = which === 'corrected' && describeLines(row.billed) !== describeLines(row.corrected);
  return (
    <ul className={`audit-batch__lines-list${changed ? ' audit-batch__lines-list--changed' : ''}`}>
      {changed ? <li className="visually-hidden">Changed:</li> : null}
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same line can be billed twice; order is the key
        <li key={i}>{describeLine(l)}</li>
      ))}
    </ul>
  );
}

function Row({ row }: { row: BatchRow }) {
  return (
    <tr className={`audit-batch__row audit-batch__row--${row.status}`}>
      <td data-label="Line">{row.line}</td>
      <td data-label="Claim">{row.claimId || <span className="audit-muted">—</span>}</td>
      <td data-label="Status">
        <span className={`audit-status audit-status--${row.status}`}>{statusText[row.status]}</span>
      </td>
      <td data-label="Findings">
        {row.status === 'malformed' ? (
          <ul className="audit-batch__list" aria-label={`Why line ${row.line} is malformed`}>
            {row.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : row.findings.length === 0 ? (
          <span className="audit-muted">None</span>
        ) : (
          <ul className="audit-batch__list">
            {row.findings.map((f) => (
              <li key={`${f.code}-${f.lineIndex ?? ''}-${f.message}`}>
                <strong>
                  {severityLabel[f.severity]} {f.code}
                </strong>
                : {f.message} <em>Fix: {f.fix}</em>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-label="Billed">
        <Lines row={row} which="billed" />
      </td>
      <td data-label="Corrected">
        <Lines row={row} which="corrected" />
      </td>
    </tr>
  );
}

export function BatchTable({ source, counts }: BatchTableProps) {
  const id = useId();
  const [filter, setFilter] = useState<BatchFilter>(allRows);
  const [sort, setSort] = useState<PageQuery['sort']>({ key: 'line', direction: 'ascending' });
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<PageResult | undefined>();
  const [pageText, setPageText] = useState('1');
  const latest = useRef(0);
  const [shown, setShown] = useState(0);

  useEffect(() => {
    const ask = ++latest.current;
    void source.page({ filter, sort, page, pageSize }).then((r) => {
      if (ask !== latest.current) return;
      setResult(r);
      setShown(rowsPerSlice);
      setPageText(String(r.page + 1));
    });
  }, [source, filter, sort, page]);

  // The rest of the page, a slice per task (about one a frame).
  const total = result?.rows.length ?? 0;
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((s) => s + rowsPerSlice), 16);
    return () => clearTimeout(timer);
  }, [shown, total]);

  const matching = result?.matching ?? 0;
  const pages = Math.max(1, Math.ceil(matching / pageSize));
  const current = result?.page ?? 0;
  const loading = !result || result.page !== page;
  const first = matching === 0 ? 0 : current * pageSize + 1;
  const last = Math.min(matching, (current + 1) * pageSize);

  const changeFilter = (next: Partial<BatchFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage(0);
  };
  const sortBy = (key: SortKey) => {
    setSort((s) => ({
      key,
      direction: (s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending') as SortDirection,
    }));
    setPage(0);
  };
  const goTo = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number(pageText.trim());
    const target = Number.isInteger(wanted) ? Math.min(Math.max(wanted, 1), pages) : current + 1;
    setPage(target - 1);
    setPageText(String(target));
  };
  const codes = Object.keys(counts.codes).sort();

  return (
    <div className="audit-batch-results">
      <fieldset className="audit-batch-filters">
        <legend>Show rows</legend>
        <div className="audit-field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={filter.status}
            onChange={(e) => changeFilter({ status: e.target.value as BatchFilter['status'] })}
          >
            <option value="all">All statuses ({n(counts.rows)})</option>
            <option value="clean">Clean ({n(counts.status.clean)})</option>
            <option value="findings">With findings ({n(counts.status.findings)})</option>
            <option value="malformed">Malformed ({n(counts.status.malformed)})</option>
          </select>
        </div>
        <div className="audit-field">
          <label htmlFor={`${id}-severity`}>Severity</label>
          <select
            id={`${id}-severity`}
            value={filter.severity}
            onChange={(e) => changeFilter({ severity: e.target.value as BatchFilter['severity'] })}
          >
            <option value="all">Any severity</option>
            <option value="error">Error ({n(counts.severity.error)} rows)</option>
            <option value="warning">Warning ({n(counts.severity.warning)} rows)</option>
            <option value="info">Note ({n(counts.severity.info)} rows)</option>
          </select>
        </div>
        <div className="audit-field">
          <label htmlFor={`${id}-code`}>Finding code</label>
          <select
            id={`${id}-code`}
            value={filter.code}
            onChange={(e) => changeFilter({ code: e.target.value })}
          >
            <option value="all">All codes</option>
            {codes.map((c) => (
              <option key={c} value={c}>
                {c === malformedCode ? 'MALFORMED_ROW (malformed row)' : c} ({n(counts.codes[c] ?? 0)} rows)
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      {pages > 1 ? (
        <nav className="audit-pager" aria-label="Pages of audited rows">
          <button
            type="button"
            className="audit-button audit-button--secondary"
            disabled={current === 0}
            onClick={() => setPage(0)}
          >
            First
          </button>
          <button
            type="button"
            className="audit-button audit-button--secondary"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous
          </button>
          <form className="audit-pager__jump" onSubmit={goTo}>
            <label htmlFor={`${id}-page`} className="audit-pager__label">
              Page
            </label>
            <input
              id={`${id}-page`}
              inputMode="numeric"
              autoComplete="off"
              value={pageText}
              onChange={(e) => setPageText(e.target.value)}
            />
            <span>of {n(pages)}</span>
            <button type="submit" className="audit-button audit-button--secondary">
              Go
            </button>
          </form>
          <button
            type="button"
            className="audit-button audit-button--secondary"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next
          </button>
          <button
            type="button"
            className="audit-button audit-button--secondary"
            disabled={current >= pages - 1}
            onClick={() => setPage(pages - 1)}
          >
            Last
          </button>
        </nav>
      ) : null}
      <div className="audit-table-wrap" aria-busy={loading}>
        <table className="audit-batch">
          <colgroup>
            <col className="audit-batch__col-line" />
            <col className="audit-batch__col-claim" />
            <col className="audit-batch__col-status" />
            <col className="audit-batch__col-findings" />
            <col className="audit-batch__col-lines" />
            <col className="audit-batch__col-lines" />
          </colgroup>
          <caption>
            Audited rows{' '}
            <span className="audit-batch__range">
              {matching === 0 ? '(none match)' : `(${n(first)}–${n(last)} of ${n(matching)})`}
            </span>
          </caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : 'none'}>
                  <button type="button" className="audit-sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col" className="audit-batch__lines">
                Billed lines
              </th>
              <th scope="col" className="audit-batch__lines">
                Corrected lines
              </th>
            </tr>
          </thead>
          <tbody>
            {(result?.rows ?? []).slice(0, shown).map((row) => (
              <Row key={row.line} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
