// The one-page printed worksheet: inputs, steps, checks, claim lines and signature lines for the
// nurse and an independent second checker. Hidden on screen; the print stylesheet shows only it.
import type { ReactNode } from 'react';
import { cycleDayLines, formatModifiers, holdStatus } from '../../../domain';
import { useNow } from '../../../lib/clock';
import { formatLocalDateTime } from '../../../lib/format-date-time';
import type { ReferenceKit } from '../api/reference-data-schema';
import { useSuggestedClaim } from '../claim/use-suggested-claim';
import type { DosingEvaluation } from '../form/dosing-form.resource';
import { policySummary, type Settings } from '../settings/settings';
import { worksheetInputs } from './worksheet-inputs';
import './print-worksheet.css';

export type WorksheetInput = { label: string; value: string };

type Ok = Extract<DosingEvaluation, { ok: true }>;

type PrintWorksheetProps = {
  evaluation: Ok | undefined;
  settings: Settings;
  referenceKits: readonly ReferenceKit[] | undefined;
  cartonNdcs: Readonly<Record<number, string>>;
  breastDiagnosis?: string;
  /** The independent double check's record (both entries, two sets of initials), once done. */
  doubleCheck?: ReactNode;
};

/** The hold's label, each stop's reason, and per kind of stop what to do. */
function WorksheetHold({ checks }: { checks: Parameters<typeof holdStatus>[0] }) {
  const hold = holdStatus(checks);
  if (!hold.onHold) return null;
  return (
    <p className="worksheet__hold">
      {[hold.label, ...hold.reasons.map((reason) => `Reason: ${reason}`), ...hold.actions].join(' ')}
    </p>
  );
}

export function PrintWorksheet({
  evaluation,
  settings,
  referenceKits,
  cartonNdcs,
  breastDiagnosis,
  doubleCheck,
}: PrintWorksheetProps) {
  const now = useNow();
  return (
    <article className="worksheet" aria-label="Printable worksheet">
      <h2 className="worksheet__title">Ixabepilone (J9207) dose and billing worksheet</h2>
      <p className="worksheet__meta">
        Prepared {formatLocalDateTime(now)} · Policy: {policySummary(settings)}
      </p>
      {evaluation ? (
        <WorksheetBody
          evaluation={evaluation}
          settings={settings}
          referenceKits={referenceKits}
          cartonNdcs={cartonNdcs}
          {...(breastDiagnosis === undefined ? {} : { breastDiagnosis })}
        />
      ) : (
        <p>No calculation yet: enter height, weight and dose.</p>
      )}
      {evaluation ? doubleCheck : null}
      <Signatures />
    </article>
  );
}

function WorksheetBody({
  evaluation,
  settings,
  referenceKits,
  cartonNdcs,
  breastDiagnosis,
}: PrintWorksheetProps & { evaluation: Ok }) {
  const { result } = evaluation;
  const { claim } = useSuggestedClaim(
    result,
    evaluation.parsed.siteOfCare,
    settings,
    referenceKits,
    cartonNdcs,
    breastDiagnosis,
  );
  const inputs = worksheetInputs(evaluation, result);
  return (
    <>
      {claim.onHold ? <WorksheetHold checks={result.checks} /> : null}
      <section>
        <h3>Inputs</h3>
        <dl className="worksheet__inputs">
          {inputs.map((input) => (
            <div key={input.label}>
              <dt>{input.label}</dt>
              <dd>{input.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section>
        <h3>Kits and last cycle</h3>
        <ul className="worksheet__cycle-day">
          {cycleDayLines(result).map((line) => (
            <li key={line}>{line.replace(/^- /, '')}</li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Working</h3>
        <ol className="worksheet__steps">
          {(result.steps ?? []).map((step) => (
            <li key={step.id}>
              <strong>{step.title}:</strong> {step.expression} → <strong>{step.result}</strong>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h3>Checks</h3>
        {result.checks.length === 0 ? (
          <p>None apply.</p>
        ) : (
          <ul>
            {result.checks.map((check) => (
              <li key={check.code}>
                <strong>{check.severity.toUpperCase()}:</strong> {check.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>Claim ({claim.form})</h3>
        <p>
          Diagnoses:{' '}
          {claim.diagnoses
            .map((d) => `${d.order}. ${d.needsInput ? 'C50.______ (from the chart)' : d.code}`)
            .join(' · ')}
        </p>
        <table className="worksheet__table">
          <caption className="visually-hidden">Worksheet claim lines</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Modifier</th>
              <th scope="col">Units</th>
              <th scope="col">{claim.form === 'UB-04' ? 'Rev. code' : 'POS'}</th>
            </tr>
          </thead>
          <tbody>
            {claim.lines.map((line) => (
              <tr key={`${line.code}-${line.modifiers.join('-')}`}>
                <td>{line.code}</td>
                <td>{formatModifiers(line.modifiers)}</td>
                <td>{line.units}</td>
                <td>{(claim.form === 'UB-04' ? line.revenueCode : line.placeOfService) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ul className="worksheet__ndc">
          {claim.ndcLines.map((ndc) => (
            <li key={ndc.strengthMg}>
              {ndc.strengthMg} mg kit × {ndc.kitCount}:{' '}
              {ndc.n4 ?? `NDC ${ndc.ndcDisplay} — copy from the carton: ____________`}
              {ndc.n4 && ndc.confirmAgainstCarton ? ' (confirm against the carton)' : ''} · Lot: __________
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Signatures() {
  return (
    <section className="worksheet__signatures">
      <h3>Signatures</h3>
      <p>Prepared by (nurse): ______________________ Date/time: ______________</p>
      <p>Independent second check: ______________________ Date/time: ______________</p>
      <p>Amount discarded: ______ mg · Date/time: ______________ · By: ______________________</p>
    </section>
  );
}
