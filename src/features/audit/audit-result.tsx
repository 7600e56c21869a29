// The audit of one claim: clean, or the findings with their fixes; the billed and corrected lines
// side by side; and the numbers the audit worked from.
import { useEffect, useRef } from 'react';
import { type AuditSuccess, describeVials } from '../../domain';
import { FindingsList } from './findings-list';
import { LineDiffTable } from './line-diff-table';

export function AuditResult({ result }: { result: AuditSuccess }) {
  const problems = result.findings.filter((f) => f.severity !== 'info').length;
  const e = result.expected;
  const heading = useRef<HTMLHeadingElement>(null);
  // A new audit moves focus to its heading, so the result is in view and read out.
  useEffect(() => {
    if (!heading.current) return;
    heading.current.focus();
    heading.current.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <section className="audit-result" aria-labelledby="audit-result-title">
      <h3 id="audit-result-title" ref={heading} tabIndex={-1}>
        Audit result
      </h3>
      <p className={`audit-verdict audit-verdict--${result.clean ? 'clean' : 'findings'}`} role="status">
        {result.clean
          ? 'Clean: the billed lines match the documentation.'
          : `${problems} finding${problems === 1 ? '' : 's'} to fix before the claim goes out.`}
      </p>
      <LineDiffTable billed={result.billed} corrected={result.corrected} />
      {result.findings.length > 0 ? <FindingsList findings={result.findings} /> : null}
      {e ? (
        <div className="audit-work">
          <h4>What the documentation supports</h4>
          <ul>
            <li>
              Dose given: <strong>{e.doseMg} mg</strong>{' '}
              {e.doseSource === 'documented' ? '(documented)' : `(worked out: ${e.doseWork ?? ''})`}
            </li>
            <li>
              Units given: {e.doseMg} mg rounded up to a whole mg = <strong>{e.administeredUnits}</strong>
            </li>
            <li>
              Least-waste kits: {describeVials(e.kits)} = {e.labeledTotalMg} mg
            </li>
            <li>
              Units discarded: {e.labeledTotalMg} − {e.administeredUnits} ={' '}
              <strong>{e.discardedUnits}</strong>{' '}
              {e.discardedUnits > 0 ? '(JW line)' : '(JZ on the single line)'}
            </li>
            {e.infusionMinutes !== undefined ? <li>Infusion: {e.infusionMinutes} minutes</li> : null}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
