// Documentation prompts for one administration: a checklist derived from the inputs and from the
// reasons claims are denied (docs/reference.md, "Why claims are denied"; documentation-checklist.ts),
// and a plain-text documentation note carrying every number of the calculation at clinical precision, the double
// check, the label's times and the signatures last. Pure: every time is a parameter, never read
// from a clock.
import type { SuggestedClaim } from './claim';
import { formatModifiers } from './claim';
import { atMost, clinicalNumbers } from './clinical-text';
import { cycleDayLines } from './cycle-day-note';
import { holdStatus } from './hold';
import { formatDuration } from './infusion-time';
import { supportedDoseText } from './label-levels';
import type { CalculationSuccess, HeightUnit, Regimen, WeightUnit } from './types';

/** The independent double check as the chart records it. */
export type DoubleCheckNote = {
  firstInitials: string;
  secondInitials: string;
  match: boolean;
  /** The comparison's sentence: match, or what differs. */
  summary: string;
  /** Each difference with its likely cause, in words. */
  causes: string[];
};

/** The label's time limits as entered and worked out, each "HH:MM" (or with "(next day)"). */
export type PreparationTimes = {
  reconstitutedAt?: string;
  useVialBy?: string;
  preparedAt?: string;
  finishInfusionBy?: string;
};

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
  /** The independent double check, once compared. */
  doubleCheck?: DoubleCheckNote;
  /** Reconstitution and preparation times with their limits, when entered. */
  times?: PreparationTimes;
  /** Weight at the last BSA calculation, as entered. */
  previousWeight?: { value: number; unit: WeightUnit; date?: string };
};

/** The words for labs when none were entered: never read as a cycle cleared to go. */
export const labsNotEntered = 'Labs before the cycle: not entered';

const regimenText: Record<Regimen, string> = {
  monotherapy: 'ixabepilone alone (monotherapy)',
  'with-capecitabine': 'ixabepilone with capecitabine',
};

/** A number as people write it: 100000 → "100,000". */
export function grouped(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 12 });
}

function labText(labs: DocumentationInput['labs']): string[] {
  return [
    labs.astXUln !== undefined ? `AST ${labs.astXUln} × ULN` : undefined,
    labs.altXUln !== undefined ? `ALT ${labs.altXUln} × ULN` : undefined,
    labs.bilirubinXUln !== undefined ? `bilirubin ${labs.bilirubinXUln} × ULN` : undefined,
    labs.anc !== undefined ? `ANC ${grouped(labs.anc)}/mm³` : undefined,
    labs.platelets !== undefined ? `platelets ${grouped(labs.platelets)}/mm³` : undefined,
  ].filter((p): p is string => p !== undefined);
}

/** The double check's lines for the chart: initials, and the match or each difference and cause. */
export function doubleCheckLines(check: DoubleCheckNote | undefined): string[] {
  if (!check) return ['Independent double check: not done'];
  const who = `first check ${check.firstInitials}, second check ${check.secondInitials}`;
  if (check.match) return [`Independent double check: results match (${who}). ${check.summary}`];
  return [
    `Independent double check: results DIFFER (${who}). ${check.summary}`,
    ...check.causes.map((cause) => `- ${cause}`),
  ];
}

/** The label's times, filled in or left to fill. */
export function timeLines(times: PreparationTimes | undefined): string[] {
  const t = times ?? {};
  return [
    `Reconstituted at: ${t.reconstitutedAt ?? '__:__'}; use the vial by: ${t.useVialBy ?? '__:__ (1 hour)'}`,
    `Prepared (diluted) at: ${t.preparedAt ?? '__:__'}; finish the infusion by: ${t.finishInfusionBy ?? '__:__ (6 hours)'}`,
  ];
}

/**
 * The plain-text documentation note: every input, step, check and claim line with its numbers at
 * clinical precision (no more than 4 decimals), the double check and the times; signatures last.
 *
 * @example documentationNote(input).split('\n')[0] //=> 'Ixabepilone (J9207) dose and billing note — prepared 2026-11-27 10:40'
 */
export function documentationNote(input: DocumentationInput): string {
  const { result, entered, labs, infusion, claim } = input;
  const lines: string[] = [];
  const hold = holdStatus(result.checks);
  if (hold.onHold) lines.push(...hold.noteLines, '');
  lines.push(`Ixabepilone (J9207) dose and billing note — prepared ${input.preparedAt}`);
  lines.push(`Regimen: ${regimenText[input.regimen]}`);
  const h = entered.height;
  const w = entered.weight;
  const heightCm = result.heightCm === undefined ? '' : ` (${atMost(result.heightCm, 2)} cm)`;
  const weightKg = result.weightKg === undefined ? '' : ` (${atMost(result.weightKg, 2)} kg)`;
  lines.push(
    `Height: ${h.value} ${h.unit}${h.unit === 'in' ? heightCm : ''}; weight: ${w.value} ${w.unit}${w.unit === 'lb' ? weightKg : ''}; measured on: ________`,
  );
  if (input.previousWeight) {
    const p = input.previousWeight;
    lines.push(
      `Weight at the last BSA calculation: ${p.value} ${p.unit}${p.date ? ` on ${p.date}` : ' (date not entered)'}`,
    );
  }
  lines.push(
    `Ordered dose: ${entered.doseMgPerM2} mg/m²${entered.doseMgPerM2 === 40 ? ' (label dose)' : ''}`,
  );
  for (const level of result.supportedDoses ?? []) {
    lines.push(`Label-supported dose: ${supportedDoseText(level)}; see the checks below`);
  }
  lines.push(
    `BSA by ${result.bsa.formulaName ?? result.bsa.formula}: ${atMost(result.bsa.raw, 4)} m² unrounded; ${atMost(result.bsa.used, 4)} m² used${result.bsa.capped ? ', capped at 2.2 m² by the label' : ''}`,
  );
  lines.push(`Dose: ${result.doseMg} mg`);
  if (result.volumeMl !== undefined) {
    const exact = result.volumeExactMl;
    const rounded = exact !== undefined && exact !== String(result.volumeMl);
    lines.push(
      `Draw up: ${result.volumeMl} mL of the 2 mg/mL reconstituted solution${rounded ? ` (${atMost(exact, 4)} mL exactly, half-up to 0.1 mL)` : ''}`,
    );
  }
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
  lines.push(bagLine(result));
  const labParts = labText(labs);
  lines.push(labParts.length > 0 ? `Labs before the cycle: ${labParts.join('; ')}` : labsNotEntered);
  const cyp = [
    input.strongCyp3a4Inhibitor ? 'strong inhibitor' : undefined,
    input.strongCyp3a4Inducer ? 'strong inducer' : undefined,
  ].filter(Boolean);
  lines.push(`CYP3A4: ${cyp.length > 0 ? cyp.join(', ') : 'no strong inhibitor or inducer entered'}`);
  lines.push(...timeLines(input.times));
  lines.push(
    infusion
      ? `Infusion: start ${infusion.start}, stop ${infusion.stop} = ${infusion.minutes} min (${formatDuration(infusion.minutes)})${infusion.crossesMidnight ? ', past midnight' : ''}`
      : 'Infusion: start and stop times not entered',
  );
  lines.push('');
  lines.push('Working:');
  for (const step of result.steps ?? []) {
    lines.push(`- ${step.title}: ${clinicalNumbers(step.result)}`);
  }
  lines.push('');
  lines.push('Checks:');
  if (result.checks.length === 0) {
    lines.push(
      labParts.length > 0
        ? '- none apply to the values entered'
        : `- none apply to the values entered; ${labsNotEntered.toLowerCase()}`,
    );
  }
  for (const check of result.checks)
    lines.push(`- ${check.severity.toUpperCase()}: ${clinicalNumbers(check.message)}`);
  lines.push('');
  lines.push(`Suggested claim, ${claim.form}${claim.onHold ? ' — ON HOLD' : ''}:`);
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
      `- NDC ${ndc.strengthMg} mg kit: ${ndc.n4 ?? `${ndc.ndcDisplay} — type the NDC from the carton`}${ndc.n4 && ndc.confirmAgainstCarton ? '; confirm against the carton' : ''}`,
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
      `Policy: BSA ${p.bsaDecimals === null ? 'unrounded' : 'rounded to 0.01 m²'}; dose rounded to ${['1', '0.1', '0.01'][p.doseDecimals]} mg; volume half-up to 0.1 mL; vial rounding ${p.vialRoundingPercent === 0 ? 'off' : `within ${p.vialRoundingPercent}%`}`,
    );
  }
  lines.push('');
  lines.push(...doubleCheckLines(input.doubleCheck));
  lines.push('');
  const second = input.doubleCheck
    ? `Independent second check: ${input.doubleCheck.secondInitials} (recorded above)`
    : 'Independent second check: ________';
  lines.push(`Prepared by: ________   ${second}`);
  return lines.join('\n');
}

/** "Bag: 250 mL, 286.4 mL in total at 0.25 mg/mL; rate 95.5 mL/h over 3 h (label)". */
export function bagLine(result: CalculationSuccess): string {
  const i = result.infusion;
  if (!i) return 'Bag: not worked out';
  const over = `${i.minutes} min${i.minutesFrom === 'label' ? ", the label's time" : ', as ordered'}`;
  if (i.bagMl === undefined) return 'Bag: neither 250 nor 500 mL gives 0.2–0.6 mg/mL — ask the pharmacy';
  return `Bag: ${i.bagMl} mL, ${i.totalMl} mL in total at ${i.concentrationMgPerMl} mg/mL; rate ${i.rateMlPerHour} mL/h over ${over}`;
}
