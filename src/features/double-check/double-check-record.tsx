// The double check on the printed worksheet: both sets of entries and results in one compact
// table, the verdict, the causes, and the two sets of initials.
import type { DoubleCheckComparison, EntryField } from '../../domain';
import { causeLabel } from './cause-text';
import './double-check.css';

const roundingFields: ReadonlySet<EntryField> = new Set([
  'bsaDecimals',
  'doseDecimals',
  'vialRoundingPercent',
]);

type DoubleCheckRecordProps = {
  comparison: DoubleCheckComparison;
  firstInitials: string;
  secondInitials: string;
};

export function DoubleCheckRecord({ comparison, firstInitials, secondInitials }: DoubleCheckRecordProps) {
  // Rounding rows only when they differ: the worksheet's header already states the policy.
  const rounding = comparison.entries.filter((e) => roundingFields.has(e.field));
  const rows = [
    ...comparison.entries
      .filter((e) => !roundingFields.has(e.field) || !e.same)
      .map((e) => ({ key: `entry-${e.field}`, ...e })),
    ...comparison.values.map((v) => ({ key: `value-${v.field}`, ...v })),
  ];
  return (
    <section className="dc-record" aria-label="Independent double check record">
      <h3>Independent double check</h3>
      <p className="dc-record__verdict">{comparison.summary}</p>
      <table className="dc-record__table">
        <caption className="visually-hidden">Both checks, entries and results</caption>
        <thead>
          <tr>
            <th scope="col">Entry or result</th>
            <th scope="col">First check ({firstInitials})</th>
            <th scope="col">Second check ({secondInitials})</th>
            <th scope="col">Same?</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.first}</td>
              <td>{row.second}</td>
              <td>{row.same ? 'Same' : 'DIFFERS'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.causes.length > 0 ? (
        <ul className="dc-record__causes">
          {comparison.causes.map((c) => (
            <li key={c.field}>
              {causeLabel(c)}: {c.message}
            </li>
          ))}
        </ul>
      ) : null}
      {rounding.every((e) => e.same) ? <p>Rounding: both checks used the policy stated above.</p> : null}
      <p className="dc-record__initials">
        First check, initials: <strong>{firstInitials}</strong> · Second check, initials:{' '}
        <strong>{secondInitials}</strong>
      </p>
    </section>
  );
}
