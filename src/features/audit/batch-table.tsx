// The batch results: one row per CSV row, sortable by line, claim, status or number of findings,
// shown a page at a time so 10,000 rows stay quick.
import { useState } from 'react';
import { describeLines } from '../../domain';
import type { BatchRow, BatchStatus } from './audit-csv';
import { severityLabel } from './findings-list';

type SortKey = 'line' | 'claimId' | 'status' | 'findings';
type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

const statusRank: Record<BatchStatus, number> = { malformed: 0, findings: 1, clean: 2 };
const statusText: Record<BatchStatus, string> = {
  malformed: 'Malformed',
  findings: 'Findings',
  clean: 'Clean',
};
const pageSize = 100;

function problems(row: BatchRow): number {
  return row.status === 'malformed'
    ? row.errors.length
    : row.findings.filter((f) => f.severity !== 'info').length;
}

function compare(a: BatchRow, b: BatchRow, key: SortKey): number {
  switch (key) {
    case 'line':
      return a.line - b.line;
    case 'claimId':
      return a.claimId.localeCompare(b.claimId, 'en', { numeric: true }) || a.line - b.line;
    case 'status':
      return statusRank[a.status] - statusRank[b.status] || a.line - b.line;
    case 'findings':
      return problems(a) - problems(b) || a.line - b.line;
    default:
      return key satisfies never;
  }
}

const columns: { key: SortKey; label: string }[] = [
  { key: 'line', label: 'Line' },
  { key: 'claimId', label: 'Claim' },
  { key: 'status', label: 'Status' },
  { key: 'findings', label: 'Findings' },
];

export function BatchTable({ rows }: { rows: readonly BatchRow[] }) {
  const [sort, setSort] = useState<Sort>({ key: 'line', direction: 'ascending' });
  const [shown, setShown] = useState(pageSize);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => sign * compare(a, b, sort.key));
  const visible = sorted.slice(0, shown);

  const sortBy = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div>
      <div className="audit-table-wrap">
        <table className="audit-batch">
          <caption>
            Audited rows{rows.length > visible.length ? ` (showing ${visible.length} of ${rows.length})` : ''}
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
              <th scope="col" className="audit-batch__corrected">
                Corrected lines
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.line} className={`audit-batch__row audit-batch__row--${row.status}`}>
                <td data-label="Line">{row.line}</td>
                <td data-label="Claim">{row.claimId || <span className="audit-muted">—</span>}</td>
                <td data-label="Status">
                  <span className={`audit-status audit-status--${row.status}`}>{statusText[row.status]}</span>
                </td>
                <td data-label="Findings">
                  {row.status === 'malformed' ? (
                    <ul className="audit-batch__list">
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
                <td data-label="Corrected lines">
                  {row.corrected.length > 0 ? (
                    describeLines(row.corrected)
                  ) : (
                    <span className="audit-muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > visible.length ? (
        <button
          type="button"
          className="audit-button audit-button--secondary"
          onClick={() => setShown((n) => n + pageSize)}
        >
          Show {Math.min(pageSize, rows.length - visible.length)} more rows
        </button>
      ) : null}
    </div>
  );
}
