// The one-page printed worksheet: a summary to prepare from, inputs, steps, checks, claim lines,
// the double check and the signature lines last. Numbers at clinical precision. Hidden on screen;
// the print stylesheet shows only it.
import type { ReactNode } from 'react';
import {
  atMost,
  bagLine,
  clinicalNumbers,
  cycleDayLines,
  type DoubleCheckNote,
  formatModifiers,
  holdStatus,
  labsNotEntered,
  type PreparationTimes,
  supportedDoseText,
} from '../../../domain';
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
  /** The double check in words (initials, match), for the signature lines. */
  doubleCheckNote?: DoubleCheckNote | undefined;
  /** Reconstitution and preparation times with their limits. */
  times?: PreparationTimes | undefined;
};

/** The hold's label and, per kind of stop, what to do; the reasons are the stop checks listed below. */
function WorksheetHold({ checks }: { checks: Parameters<typeof holdStatus>[0] }) {
  const hold = holdStatus(checks);
  if (!hold.onHold) return null;
  return (
    <p className="worksheet__hold">
      {[hold.label, ...hold.actions].join(' ')} {stopCount(checks)} under Checks below.
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
  doubleCheckNote,
  times,
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
          times={times}
        />
      ) : (
        <p>No calculation yet: enter height, weight and dose.</p>
      )}
      {evaluation ? doubleCheck : null}
      <Signatures evaluation={evaluation} doubleCheckNote={doubleCheckNote} />
    </article>
  );
}

function WorksheetBody({
  evaluation,
  settings,
  referenceKits,
  cartonNdcs,
  breastDiagnosis,
  times,
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
      <WorksheetSummary evaluation={evaluation} times={times} />
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
      {/* Only when the day differs from the usual: kits opened, one kit size on hand, or last cycle. */}
      {result.kitsOpened || result.toxicity || (result.kitSizesMg?.length ?? 2) < 2 ? (
        <section>
          <h3>Kits and last cycle</h3>
          <ul className="worksheet__cycle-day">
            {cycleDayLines(result).map((line) => (
              <li key={line}>{line.replace(/^- /, '')}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h3>Working</h3>
        <ol className="worksheet__steps">
          {(result.steps ?? []).map((step) => (
            <li key={step.id}>
              <strong>{step.title}:</strong> {clinicalNumbers(step.expression)} →{' '}
              <strong>{clinicalNumbers(step.result)}</strong>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h3>Checks</h3>
        {Object.values(evaluation.labs).every((v) => v === undefined) ? <p>{labsNotEntered}.</p> : null}
        {result.checks.length === 0 ? (
          <p>None apply to the values entered.</p>
        ) : (
          <ul>
            {result.checks.map((check) => (
              <li key={check.code}>
                <strong>{check.severity.toUpperCase()}:</strong> {clinicalNumbers(check.message)}
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

/** "1 stop check" or "2 stop checks": the reasons themselves are listed once, under Checks. */
function stopCount(checks: readonly { severity: string }[]): string {
  const n = checks.filter((c) => c.severity === 'stop').length;
  return `${n} stop check${n === 1 ? '' : 's'}`;
}

/** What the nurse prepares from, at a glance: dose, volume, kits, diluent, bag, rate and times. */
function WorksheetSummary({ evaluation, times }: { evaluation: Ok; times: PreparationTimes | undefined }) {
  const { result } = evaluation;
  const kits = (result.diluent ?? [])
    .map((d) => `${d.count} × ${d.strengthMg} mg (${d.diluentMl} mL diluent each)`)
    .join(' + ');
  const rows: [string, string][] = [
    ['Dose', `${result.doseMg} mg (${evaluation.parsed.dose} mg/m² × ${atMost(result.bsa.used, 4)} m²)`],
    ...((result.supportedDoses ?? []).length > 0
      ? [
          ['Label-supported', (result.supportedDoses ?? []).map(supportedDoseText).join('; ')] as [
            string,
            string,
          ],
        ]
      : []),
    ['Draw up', `${result.volumeMl ?? ''} mL of 2 mg/mL (half-up to 0.1 mL)`],
    ['Kits and diluent', kits],
    ['Bag and rate', bagLine(result).replace(/^Bag: /, '')],
    [
      'Reconstituted',
      `${times?.reconstitutedAt ?? '__:__'}, use the vial by ${times?.useVialBy ?? '__:__ (+1 h)'}`,
    ],
    ['Prepared', `${times?.preparedAt ?? '__:__'}, finish by ${times?.finishInfusionBy ?? '__:__ (+6 h)'}`],
  ];
  return (
    <section className="worksheet__summary" aria-label="Summary">
      <h3>Summary</h3>
      <dl className="worksheet__inputs worksheet__inputs--summary">
        {rows.map(([label, value]) => (
          <div key={`${label}-${value}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Signatures({
  evaluation,
  doubleCheckNote,
}: {
  evaluation: Ok | undefined;
  doubleCheckNote: DoubleCheckNote | undefined;
}) {
  const billing = evaluation?.result.billing;
  const discarded =
    billing === undefined
      ? '______ mg'
      : billing.discardedUnits > 0
        ? `${billing.wastedMg ?? ''} mg (J9207-JW × ${billing.discardedUnits})`
        : 'none (J9207-JZ)';
  const second = doubleCheckNote
    ? `${doubleCheckNote.secondInitials} (${doubleCheckNote.match ? 'results match' : 'results differ'}, first check ${doubleCheckNote.firstInitials}; record above)`
    : '______________________';
  return (
    <section className="worksheet__signatures">
      <h3>Signatures</h3>
      <p>Amount discarded: {discarded} · Date/time: ______________ · By: ______________________</p>
      <p>Prepared by (nurse): ______________________ Date/time: ______________</p>
      <p>Independent second check: {second} Date/time: ______________</p>
    </section>
  );
}
