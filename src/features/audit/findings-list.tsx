// The findings of one claim: severity in words (not colour alone), what is wrong, the fix, the source.
import type { AuditFinding, AuditSeverity } from '../../domain';

export const severityLabel: Record<AuditSeverity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

export function FindingsList({ findings }: { findings: readonly AuditFinding[] }) {
  return (
    <ul className="audit-findings">
      {findings.map((f) => (
        <li
          key={`${f.code}-${f.lineIndex ?? ''}-${f.message}`}
          className={`audit-finding audit-finding--${f.severity}`}
          data-code={f.code}
        >
          <p className="audit-finding__head">
            {/* The code is for filtering a batch and for machines; a person reads the message. */}
            <span className="audit-badge">{severityLabel[f.severity]}</span>
          </p>
          <p className="audit-finding__message">{f.message}</p>
          <p className="audit-finding__fix">
            <strong>Fix:</strong> {f.fix}
          </p>
          <p className="audit-finding__source">Source: {f.source}</p>
        </li>
      ))}
    </ul>
  );
}
