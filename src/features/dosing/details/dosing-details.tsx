// Everything below the first screen once a result exists: checks, the work, the suggested claim
// with its NDC lines, and the documentation prompts. Loaded as its own chunk.
import type { DocumentationInput, DoubleCheckNote, PreparationTimes } from '../../../domain';
import { documentationChecklist, documentationNote } from '../../../domain';
import { useNow } from '../../../lib/clock';
import { formatLocalDateTime } from '../../../lib/format-date-time';
import type { ReferenceKit } from '../api/reference-data-schema';
import { ClaimLines } from '../claim/claim-lines';
import { NdcLines } from '../claim/ndc-lines';
import { useSuggestedClaim } from '../claim/use-suggested-claim';
import { DocumentationChecklist } from '../documentation/documentation-checklist';
import { DocumentationNote } from '../documentation/documentation-note';
import type { DosingEvaluation } from '../form/dosing-form.resource';
import { ChecksList } from '../results/checks-list';
import { ShowTheWork } from '../results/show-the-work';
import type { Settings } from '../settings/settings';
import './dosing-details.css';

export type DosingDetailsProps = {
  evaluation: Extract<DosingEvaluation, { ok: true }>;
  settings: Settings;
  referenceKits: readonly ReferenceKit[] | undefined;
  referenceAvailable: boolean;
  cartonNdcs: Readonly<Record<number, string>>;
  onCartonNdc: (strengthMg: number, text: string) => void;
  /** The C50 code typed from the chart (kept by the page, never stored). */
  breastDiagnosis: string;
  onBreastDiagnosis: (text: string) => void;
  /** The independent double check, once compared, for the note. */
  doubleCheck?: DoubleCheckNote | undefined;
  /** Reconstitution and preparation times with their limits, for the note. */
  times?: PreparationTimes | undefined;
};

/** The note's input from the form and the result; the caller reads the clock for `preparedAt`. */
export function documentationInput(
  evaluation: Extract<DosingEvaluation, { ok: true }>,
  claim: DocumentationInput['claim'],
  preparedAt: string,
  extra: { doubleCheck?: DoubleCheckNote | undefined; times?: PreparationTimes | undefined } = {},
): DocumentationInput {
  const { result, parsed } = evaluation;
  const date = parsed.previousWeightDate.trim();
  return {
    result,
    entered: {
      height: { value: parsed.height, unit: parsed.heightUnit },
      weight: { value: parsed.weight, unit: parsed.weightUnit },
      doseMgPerM2: parsed.dose,
    },
    regimen: parsed.regimen,
    labs: evaluation.labs,
    strongCyp3a4Inhibitor: parsed.cypInhibitor,
    strongCyp3a4Inducer: parsed.cypInducer,
    ...(evaluation.infusion ? { infusion: evaluation.infusion } : {}),
    claim,
    preparedAt,
    ...(extra.doubleCheck ? { doubleCheck: extra.doubleCheck } : {}),
    ...(extra.times ? { times: extra.times } : {}),
    ...(parsed.previousWeight === undefined
      ? {}
      : {
          previousWeight: {
            value: parsed.previousWeight,
            unit: parsed.previousWeightUnit,
            ...(date ? { date } : {}),
          },
        }),
  };
}

export function DosingDetails({
  evaluation,
  settings,
  referenceKits,
  referenceAvailable,
  cartonNdcs,
  onCartonNdc,
  breastDiagnosis,
  onBreastDiagnosis,
  doubleCheck,
  times,
}: DosingDetailsProps) {
  const { result, parsed } = evaluation;
  const { claim, ndcMessages } = useSuggestedClaim(
    result,
    parsed.siteOfCare,
    settings,
    referenceKits,
    cartonNdcs,
    breastDiagnosis,
  );
  // The app's clock, handed to the pure note builder; a blank to fill in until it has been read.
  const now = useNow();
  const documentation = documentationInput(evaluation, claim, formatLocalDateTime(now), {
    doubleCheck,
    times,
  });
  return (
    <div className="dosing__details">
      <ChecksList checks={result.checks} />
      <ShowTheWork steps={result.steps ?? []} />
      <section className="panel" aria-labelledby="claim-heading">
        <h2 id="claim-heading">Suggested claim</h2>
        <ClaimLines claim={claim} breastDiagnosis={breastDiagnosis} onBreastDiagnosis={onBreastDiagnosis} />
        <NdcLines
          lines={claim.ndcLines}
          typed={cartonNdcs}
          messages={ndcMessages}
          onType={onCartonNdc}
          referenceAvailable={referenceAvailable}
        />
        <h3 className="claim__subheading">Still to do</h3>
        <ul className="claim__open">
          {claim.openItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="documentation-heading">
        <h2 id="documentation-heading">Documentation</h2>
        <DocumentationChecklist items={documentationChecklist(documentation)} />
        <DocumentationNote note={documentationNote(documentation)} />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print worksheet
        </button>
      </section>
    </div>
  );
}
