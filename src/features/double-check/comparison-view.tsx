// The two checks side by side: the verdict in one sentence, every result value (BSA, dose, volume,
// kits, units) with "Same" or "Differs" and its cause, then both sets of entries with the two sets
// of initials — the part of the worksheet that records the independent double check.
import { useEffect, useRef } from 'react';
import type { DoubleCheckComparison } from '../../domain';
import { causeLabel } from './cause-text';

type ComparisonViewProps = {
  comparison: DoubleCheckComparison;
  firstInitials: string;
  secondInitials: string;
};

function SameCell({ same, label }: { same: boolean; label: string }) {
  return (
    <td data-label={label} className={same ? 'dc-same' : 'dc-differs'}>
      {same ? 'Same' : 'Differs'}
    </td>
  );
}

export function ComparisonView({ comparison, firstInitials, secondInitials }: ComparisonViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const { match, values, entries, causes, summary } = comparison;
  const firstHead = `First check (${firstInitials})`;
  const secondHead = `Second check (${secondInitials})`;

  return (
    <section className="dc-compare" aria-labelledby="dc-compare-title">
      <h2 id="dc-compare-title" ref={headingRef} tabIndex={-1} className="dc-compare__title">
        Independent double check: {match ? 'match' : 'mismatch'}
      </h2>
      <p
        className={`dc-verdict ${match ? 'dc-verdict--match' : 'dc-verdict--mismatch'}`}
        role={match ? 'status' : 'alert'}
      >
        {summary}
        {match ? null : ' Do not give the dose until both checks agree.'}
      </p>

      <div className="dc-table-wrap">
        <table className="dc-table">
          <caption>Results side by side</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">{firstHead}</th>
              <th scope="col">{secondHead}</th>
              <th scope="col">Same?</th>
              <th scope="col">Cause</th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.field} className={v.same ? undefined : 'dc-row--differs'}>
                <th scope="row">{v.label}</th>
                <td data-label={firstHead}>{v.first}</td>
                <td data-label={secondHead}>{v.second}</td>
                <SameCell same={v.same} label="Same?" />
                <td data-label="Cause" className={v.same ? 'dc-cause dc-cause--none' : 'dc-cause'}>
                  {v.same ? '—' : v.causes.map(causeLabel).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {causes.length > 0 ? (
        <div className="dc-causes">
          <h3>{match ? 'The entries differ' : 'Why they differ'}</h3>
          <ul>
            {causes.map((c) => (
              <li key={c.field}>
                <strong>{causeLabel(c)}.</strong> {c.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="dc-table-wrap">
        <table className="dc-table">
          <caption>Entries side by side</caption>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">{firstHead}</th>
              <th scope="col">{secondHead}</th>
              <th scope="col">Same?</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.field} className={e.same ? undefined : 'dc-row--differs'}>
                <th scope="row">{e.label}</th>
                <td data-label={firstHead}>{e.first}</td>
                <td data-label={secondHead}>{e.second}</td>
                <SameCell same={e.same} label="Same?" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <dl className="dc-initials">
        <div>
          <dt>First check, initials</dt>
          <dd>{firstInitials}</dd>
        </div>
        <div>
          <dt>Second check, initials</dt>
          <dd>{secondInitials}</dd>
        </div>
      </dl>
    </section>
  );
}
