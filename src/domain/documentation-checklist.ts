// The documentation checklist for one administration: what to document, derived from the inputs, each
// item with the denial reason or rule it prevents (docs/reference.md, "Why claims are denied").
// Pure: every time is a parameter, never read from a clock.
import { atMost } from './clinical-text';
import { type DocumentationInput, grouped, labsNotEntered } from './documentation';
import { formatDuration } from './infusion-time';

export type ChecklistItem = {
  id: string;
  /** What to document, with the numbers it concerns. */
  text: string;
  /** Why: the denial reason or rule it prevents. */
  reason: string;
};

const denial = {
  necessity: 'Denials: medical necessity not shown (diagnosis, stage, resistance to prior therapy)',
  dose: 'Denials: documented dose ≠ billed units; height, weight, BSA and formula are part of the dose record',
  waste: 'Denials: wastage not reported or not documented; missing or wrong JW/JZ',
  auth: 'Denials: prior authorization missing, expired, or not covering the date of service or regimen',
  record: 'Documentation a claim needs (medical review of the dose, the waste and the administration)',
} as const;

/**
 * The documentation checklist for this administration, derived from the inputs.
 *
 * @example documentationChecklist(input).map((i) => i.id)
 * //=> ['diagnosis', 'resistance', 'measurements', 'bsa', 'dose', 'labs', 'premedication', 'times', 'kits', 'waste', ...]
 */
export function documentationChecklist(input: DocumentationInput): ChecklistItem[] {
  const { result, regimen, labs, infusion, claim } = input;
  const items: ChecklistItem[] = [];
  items.push({
    id: 'diagnosis',
    text: 'Diagnosis (C50.- code) and stage, with the pathology or imaging that shows metastatic or locally advanced breast cancer.',
    reason: denial.necessity,
  });
  items.push({
    id: 'resistance',
    text:
      regimen === 'monotherapy'
        ? 'Resistance or refractoriness to an anthracycline, a taxane and capecitabine (monotherapy), with the prior treatment history.'
        : 'Resistance to an anthracycline and a taxane, with the prior treatment history; capecitabine as concurrent therapy (dose and days).',
    reason: denial.necessity,
  });
  items.push({
    id: 'measurements',
    text: `Height ${input.entered.height.value} ${input.entered.height.unit} and weight ${input.entered.weight.value} ${input.entered.weight.unit}, with the date they were measured.`,
    reason: denial.dose,
  });
  items.push({
    id: 'bsa',
    text: `BSA ${atMost(result.bsa.used, 4)} m² and its formula, ${result.bsa.formulaName ?? result.bsa.formula}${result.bsa.capped ? ', capped at 2.2 m² by the label' : ''}.`,
    reason: denial.dose,
  });
  items.push({
    id: 'dose',
    text: `Dose calculation and total dose given: ${input.entered.doseMgPerM2} mg/m² → ${result.doseMg} mg, billed as J9207 × ${result.billing.administeredUnits}.`,
    reason: denial.dose,
  });
  const labParts = [
    labs.anc !== undefined ? `ANC ${grouped(labs.anc)}/mm³` : undefined,
    labs.platelets !== undefined ? `platelets ${grouped(labs.platelets)}/mm³` : undefined,
    labs.astXUln !== undefined ? `AST ${labs.astXUln} × ULN` : undefined,
    labs.altXUln !== undefined ? `ALT ${labs.altXUln} × ULN` : undefined,
    labs.bilirubinXUln !== undefined ? `bilirubin ${labs.bilirubinXUln} × ULN` : undefined,
  ].filter((p): p is string => p !== undefined);
  items.push({
    id: 'labs',
    text:
      labParts.length > 0
        ? `Labs with the date drawn: ${labParts.join(', ')}.`
        : `${labsNotEntered}. Record ANC (≥ 1,500/mm³ needed) and platelets (≥ 100,000/mm³), AST, ALT and bilirubin, with the date drawn.`,
    reason: denial.record,
  });
  if (input.strongCyp3a4Inhibitor || input.strongCyp3a4Inducer) {
    items.push({
      id: 'interactions',
      text: `The strong CYP3A4 ${input.strongCyp3a4Inhibitor ? 'inhibitor' : 'inducer'} that cannot be avoided, and the prescriber's dose decision.`,
      reason: denial.record,
    });
  }
  items.push({
    id: 'premedication',
    text: 'Premedication given about 1 hour before: an H1 antagonist and an H2 antagonist (plus a corticosteroid after a prior hypersensitivity reaction), with times.',
    reason: denial.record,
  });
  items.push({
    id: 'times',
    text: infusion
      ? `Infusion start ${infusion.start} and stop ${infusion.stop} (${formatDuration(infusion.minutes)}${infusion.crossesMidnight ? ', past midnight' : ''}).`
      : 'Infusion start and stop times (needed for 96413/96415): not entered yet.',
    reason: denial.record,
  });
  items.push({
    id: 'kits',
    text: `Kits, NDC and lot numbers: ${(result.kitsOpened ?? result.vials).map((v) => `${v.count} × ${v.strengthMg} mg`).join(' + ')}.`,
    reason: denial.record,
  });
  if (result.checks.some((c) => c.code === 'KITS_NOT_LEAST_WASTE')) {
    items.push({
      id: 'kits-reason',
      text: 'Why the least-waste kits were not opened (for example a stock-out): waste beyond them may not be billable.',
      reason: denial.waste,
    });
  }
  if (result.toxicity) {
    items.push({
      id: 'toxicity',
      text: "Toxicities since the last cycle (grades, days, lowest counts) and the prescriber's dose decision.",
      reason: denial.record,
    });
  }
  const discarded = result.billing.discardedUnits;
  items.push({
    id: 'waste',
    text:
      discarded > 0
        ? `Amount discarded: ${result.billing.wastedMg ?? discarded} mg (J9207-JW × ${discarded}), with the date, time and who discarded it.`
        : 'That nothing was discarded (J9207-JZ).',
    reason: denial.waste,
  });
  items.push({
    id: 'tolerance',
    text: 'Tolerance and adverse effects during and after the infusion.',
    reason: denial.record,
  });
  items.push({
    id: 'authorization',
    text: 'Prior authorization (commercial payers especially): number, dates covered, regimen.',
    reason: denial.auth,
  });
  if (claim.onHold) {
    items.unshift({
      id: 'hold',
      text: 'The stop check and the prescriber contacted, with the decision.',
      reason: 'A stop check holds the administration and the claim',
    });
  }
  return items;
}

/** Labs as the note lists them; empty when none were entered. */
