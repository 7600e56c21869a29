// Billed lines beside the corrected ones, row by row, with the change in words.
import { type BilledLine, describeLine, type LineDiffStatus, lineDiff } from '../../domain';

const statusText: Record<LineDiffStatus, string> = {
  same: 'Same',
  changed: 'Change',
  added: 'Add',
  removed: 'Remove',
};

export function LineDiffTable({ billed, corrected }: { billed: BilledLine[]; corrected: BilledLine[] }) {
  const rows = lineDiff(billed, corrected);
  return (
    <div className="audit-table-wrap">
      <table className="audit-diff">
        <caption>Billed lines and the lines the documentation supports</caption>
        <thead>
          <tr>
            <th scope="col">Billed</th>
            <th scope="col">Corrected</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
            <tr key={i} className={`audit-diff__row audit-diff__row--${row.status}`}>
              <td>
                {row.billed ? (
                  <code>{describeLine(row.billed)}</code>
                ) : (
                  <span className="audit-muted">—</span>
                )}
              </td>
              <td>
                {row.corrected ? (
                  <code>{describeLine(row.corrected)}</code>
                ) : (
                  <span className="audit-muted">—</span>
                )}
              </td>
              <td>{statusText[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
