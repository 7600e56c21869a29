// Documentation prompts for one administration: a checklist derived from the inputs and from the
// reasons claims are denied (shared/reference/j9207.md "Why claims are denied"), and a plain-text
// documentation note carrying every number of the calculation. Pure: the time of preparation is a
// parameter, never read from a clock.
import type { SuggestedClaim } from './claim';
import { formatModifiers } from './claim';
import { cycleDayLines } from './cycle-day-note';
import { formatDuration } from './infusion-time';
import type { CalculationSuccess, HeightUnit, Regimen, WeightUnit } from './types';

export type DocumentationInput = {
  result: CalculationSuccess;
  entered: {
    height: { value: number; unit: HeightUnit };
    weight: { value: number; unit: WeightUnit };
    doseMgPerM2: number;
  };
  regimen: Regimen;
  labs: { astXUln?: number; altXUln?: number; bilirubinXUln?: number; anc?: number; platelets?: number };
  strongCyp3a4Inhibitor: boolean;
  strongCyp3a4Inducer: boolean;
  infusion?: { start: string; stop: string; minutes: number; crossesMidnight: boolean };
  claim: SuggestedClaim;
  /** When the note was prepared, as the device shows it (the caller reads the clock). */
  preparedAt: string;
};

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
  record: 'Documentation a claim needs (shared/reference/j9207.md)',
} as const;

const regimenText: Record<Regimen, string> = {
  monotherapy: 'ixabepilone alone (monotherapy)',
  'with-capecitabine': 'ixabepilone with capecitabine',
};

/** A number as people write it: 100000 → "100,000". */
function grouped(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 12 });
}

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
    text: `BSA ${result.bsa.used} m² and its formula (${result.bsa.formulaName ?? result.bsa.formula})${result.bsa.capped ? ', capped at 2.2 m² by the label' : ''}.`,
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
        : 'Labs before the cycle (ANC ≥ 1,500/mm³ and platelets ≥ 100,000/mm³; AST, ALT, bilirubin): none entered here.',
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

/**
 * The plain-text documentation note: every input, step, check and claim line with its numbers.
 *
 * @example documentationNote(input).split('\n')[0] //=> 'Ixabepilone (J9207) dose and billing note — prepared 2026-11-27 10:40'
 */
export function documentationNote(input: DocumentationInput): string {
  const { result, entered, labs, infusion, claim } = input;
  const lines: string[] = [];
  lines.push(`Ixabepilone (J9207) dose and billing note — prepared ${input.preparedAt}`);
  lines.push(`Regimen: ${regimenText[input.regimen]}`);
  const h = entered.height;
  const w = entered.weight;
  lines.push(
    `Height: ${h.value} ${h.unit}${h.unit === 'in' ? ` (${result.heightCm} cm)` : ''}; weight: ${w.value} ${w.unit}${w.unit === 'lb' ? ` (${result.weightKg} kg)` : ''}; measured on: ________`,
  );
  lines.push(
    `Ordered dose: ${entered.doseMgPerM2} mg/m²${entered.doseMgPerM2 === 40 ? ' (label dose)' : ''}`,
  );
  lines.push(
    `BSA (${result.bsa.formulaName ?? result.bsa.formula}): ${result.bsa.raw} m² raw; ${result.bsa.used} m² used${result.bsa.capped ? ' (capped at 2.2 m², label)' : ''}`,
  );
  lines.push(`Dose: ${result.doseMg} mg`);
  if (result.volumeMl !== undefined)
    lines.push(`Draw up: ${result.volumeMl} mL of the 2 mg/mL reconstituted solution`);
  const kits = (result.diluent ?? result.vials.map((v) => ({ ...v, diluentMl: undefined })))
    .map(
      (k) =>
        `${k.count} × ${k.strengthMg} mg kit${k.diluentMl === undefined ? '' : ` (${k.diluentMl} mL diluent each)`}`,
    )
    .join(' + ');
  lines.push(`Kits: ${kits} = ${result.billing.labeledTotalMg ?? ''} mg labeled`);
  lines.push(...cycleDayLines(result));
  if (result.finalVolumeMl) {
    lines.push(
      `Final infusion volume for 0.2–0.6 mg/mL: ${result.finalVolumeMl.min}–${result.finalVolumeMl.max} mL`,
    );
  }
  const labParts = [
    labs.astXUln !== undefined ? `AST ${labs.astXUln} × ULN` : undefined,
    labs.altXUln !== undefined ? `ALT ${labs.altXUln} × ULN` : undefined,
    labs.bilirubinXUln !== undefined ? `bilirubin ${labs.bilirubinXUln} × ULN` : undefined,
    labs.anc !== undefined ? `ANC ${grouped(labs.anc)}/mm³` : undefined,
    labs.platelets !== undefined ? `platelets ${grouped(labs.platelets)}/mm³` : undefined,
  ].filter((p): p is string => p !== undefined);
  lines.push(`Labs: ${labParts.length > 0 ? labParts.join('; ') : 'none entered'}`);
  const cyp = [
    input.strongCyp3a4Inhibitor ? 'strong inhibitor' : undefined,
    input.strongCyp3a4Inducer ? 'strong inducer' : undefined,
  ].filter(Boolean);
  lines.push(`CYP3A4: ${cyp.length > 0 ? cyp.join(', ') : 'no strong inhibitor or inducer entered'}`);
  lines.push(
    infusion
      ? `Infusion: start ${infusion.start}, stop ${infusion.stop} = ${infusion.minutes} min (${formatDuration(infusion.minutes)})${infusion.crossesMidnight ? ', past midnight' : ''}`
      : 'Infusion: start and stop times not entered',
  );
  lines.push('');
  lines.push('Working:');
  for (const step of result.steps ?? []) {
    lines.push(`- ${step.title}: ${step.expression} → ${step.result}`);
  }
  lines.push('');
  lines.push('Checks:');
  if (result.checks.length === 0) lines.push('- none');
  for (const check of result.checks) lines.push(`- ${check.severity.toUpperCase()}: ${check.message}`);
  lines.push('');
  lines.push(`Suggested claim (${claim.form})${claim.onHold ? ' — ON HOLD' : ''}:`);
  for (const d of claim.diagnoses)
    lines.push(`- Diagnosis ${d.order}: ${d.needsInput ? 'C50.___' : d.code} — ${d.description}`);
  for (const line of claim.lines) {
    const detail = [
      line.revenueCode ? `rev. ${line.revenueCode}` : undefined,
      line.placeOfService ? `POS ${line.placeOfService}` : undefined,
    ].filter(Boolean);
    const mods = line.modifiers.length > 0 ? `-${formatModifiers(line.modifiers).replace(/ /g, '-')}` : '';
    lines.push(`- ${line.code}${mods} × ${line.units}${detail.length > 0 ? ` (${detail.join(', ')})` : ''}`);
  }
  for (const ndc of claim.ndcLines) {
    lines.push(
      `- NDC ${ndc.strengthMg} mg kit: ${ndc.n4 ?? `${ndc.ndcDisplay} — type the NDC from the carton`}${ndc.n4 && ndc.confirmAgainstCarton ? ' (confirm against the carton)' : ''}`,
    );
  }
  const discarded = result.billing.discardedUnits;
  lines.push('');
  lines.push(
    discarded > 0
      ? `Discarded: ${result.billing.wastedMg ?? ''} mg (J9207-JW × ${discarded}) on ________ at ________ by ________`
      : 'Discarded: none (J9207-JZ)',
  );
  const p = result.policy;
  if (p) {
    lines.push(
      `Policy: BSA ${p.bsaDecimals === null ? 'unrounded' : 'rounded to 0.01 m²'}; dose rounded to ${['1', '0.1', '0.01'][p.doseDecimals]} mg; vial rounding ${p.vialRoundingPercent === 0 ? 'off' : `within ${p.vialRoundingPercent}%`}`,
    );
  }
  lines.push('Prepared by: ________   Independent second check: ________');
  return lines.join('\n');
}
