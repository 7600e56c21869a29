// The audit of one claim: the verdict, the billed and corrected lines side by side, the findings
// with their fixes and sources, and the numbers the audit worked from. It is also the printable
// audit report (print CSS in audit.css prints this section alone, on one page; nothing is stored).
import { useEffect, useRef } from 'react';
import { type AuditSuccess, describeVials } from '../../domain';
import { FindingsList } from './findings-list';
import { LineDiffTable } from './line-diff-table';

const payerNames = {
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  commercial: 'Commercial',
  other: 'Other',
} as const;

function verdict(result: AuditSuccess): string {
  const problems = result.findings.filter((f) => f.severity !== 'info').length;
  if (result.clean) return 'Clean: the billed lines match the documentation.';
  const count = `${problems} finding${problems === 1 ? '' : 's'} to fix before the claim goes out`;
  if (result.linesMatch === false || problems === 0) return `${count}.`;
  return `${count} (the billed lines themselves match the documentation).`;
}

export function AuditResult({ result, auditDate }: { result: AuditSuccess; auditDate?: string }) {
  const e = result.expected;
  const heading = useRef<HTMLHeadingElement>(null);
  // A new audit moves focus to its heading, so the result is in view and read out.
  useEffect(() => {
    if (!heading.current) return;
    heading.current.focus();
    heading.current.scrollIntoView?.({ block: 'start' });
  }, []);
  const sources = [...new Set(result.findings.map((f) => f.source))];
  return (
    <section className="audit-result audit-report" aria-labelledby="audit-result-title">
      <p className="audit-report__print-title">J9207 (ixabepilone) claim audit report</p>
      <h3 id="audit-result-title" ref={heading} tabIndex={-1}>
        Audit result
      </h3>
      <p className="audit-report__meta">
        Date of service: {result.dateOfService ?? 'not documented'} · Payer:{' '}
        {result.payer ? payerNames[result.payer] : 'not given'}
        {auditDate ? ` · Audited on ${auditDate}` : ''}
      </p>
      <p className={`audit-verdict audit-verdict--${result.clean ? 'clean' : 'findings'}`} role="status">
        {verdict(result)}
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
              {e.kitsDocumented === false
                ? `Kits opened: not documented. The least-waste kits would be ${describeVials(e.kits)} = ${e.labeledTotalMg} mg; the record must show the kits.`
                : `Least-waste kits: ${describeVials(e.kits)} = ${e.labeledTotalMg} mg`}
            </li>
            <li>
              Units discarded: {e.labeledTotalMg} − {e.administeredUnits} ={' '}
              <strong>{e.discardedUnits}</strong>{' '}
              {e.discardedUnits > 0
                ? '(a JW line where JW applies)'
                : '(JZ on the single line where JZ applies)'}
            </li>
            {e.infusionMinutes !== undefined ? <li>Infusion: {e.infusionMinutes} minutes</li> : null}
          </ul>
        </div>
      ) : null}
      {sources.length > 0 ? (
        <div className="audit-report__sources">
          <h4>Sources</h4>
          <ol>
            {sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </div>
      ) : null}
      <p className="audit-report__actions">
        <button type="button" className="audit-button audit-button--secondary" onClick={() => window.print()}>
          Print audit report
        </button>
        <span className="audit-field__hint">
          {' '}
          One page: the verdict, the lines, the findings and their sources. Nothing is stored.
        </span>
      </p>
    </section>
  );
}
