// The documented columns of the audit CSV (from the domain's column list, so they cannot drift).
import { auditCsvColumns } from '../../domain';

export function CsvFormat() {
  return (
    <details className="audit-format">
      <summary>CSV format: the columns</summary>
      <p>
        Comma-separated, UTF-8, the first row holds the column names (any order, any case). One row is one
        claim's line set. Empty cells mean "not documented". Use a point for decimals (72.8); quote a cell
        that contains a comma.
      </p>
      <div className="audit-table-wrap">
        <table>
          <caption>Audit CSV columns</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Required</th>
              <th scope="col">What it holds</th>
            </tr>
          </thead>
          <tbody>
            {auditCsvColumns.map((c) => (
              <tr key={c.name}>
                <td>
                  <code className="audit-format__name">{c.name}</code>
                </td>
                <td>{c.required ? 'Yes' : 'No'}</td>
                <td>{c.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
