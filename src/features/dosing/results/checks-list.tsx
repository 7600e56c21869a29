// Every check that applies (stops, warnings, infos), each with its reason and source.
import type { Check, Severity } from '../../../domain';
import { checkAnchor } from './format';

const severityLabel: Record<Severity, string> = { stop: 'Stop', warning: 'Warning', info: 'Note' };

export function ChecksList({ checks }: { checks: readonly Check[] }) {
  return (
    <section className="panel" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Checks</h2>
      {checks.length === 0 ? (
        <p>No check applies to these inputs.</p>
      ) : (
        <ul className="checks">
          {checks.map((check) => (
            <li key={check.code} id={checkAnchor(check.code)} className={`check check--${check.severity}`}>
              <p className="check__message">
                <span className="check__severity">{severityLabel[check.severity]}:</span> {check.message}
              </p>
              {check.source ? <p className="check__source">Source: {check.source}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
