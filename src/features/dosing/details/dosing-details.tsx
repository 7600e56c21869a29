// Everything below the first screen once a result exists: checks, the work, the suggested claim
// with its NDC lines, and the documentation prompts. Loaded as its own chunk.
import type { DocumentationInput } from '../../../domain';
import { documentationChecklist, documentationNote, holdStatus } from '../../../domain';
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
};

/** While a stop check is active the note opens with "ON HOLD — prescriber contacted?" and why. */
function withHold(note: string, checks: Parameters<typeof holdStatus>[0]): string {
  const hold = holdStatus(checks);
  return hold.onHold ? [...hold.noteLines, '', note].join('\n') : note;
}

/** The weight at the last BSA calculation and its date, when entered, close the note's measurements. */
function withPreviousWeight(note: string, parsed: Extract<DosingEvaluation, { ok: true }>['parsed']): string {
  if (parsed.previousWeight === undefined) return note;
  const date = parsed.previousWeightDate.trim();
  return `${note}\nWeight at the last BSA calculation: ${parsed.previousWeight} ${parsed.previousWeightUnit}${date ? ` on ${date}` : ' (date not entered)'}`;
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
  const documentation: DocumentationInput = {
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
    preparedAt: formatLocalDateTime(now),
  };
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
        <DocumentationNote
          note={withHold(withPreviousWeight(documentationNote(documentation), parsed), result.checks)}
        />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print worksheet
        </button>
      </section>
    </div>
  );
}
