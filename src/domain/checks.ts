// Clinical checks from the label: dose above label, CYP3A4 interactions, the hepatic table,
// the capecitabine contraindication, counts before a cycle, implausible body size, BSA cap,
// vial rounding and weight change. Each message names its rule; each check carries its source.
import { type Dec, dec, fmt, k } from './decimal';
import { doseBelowLevelsCheck } from './dose-levels';
import {
  inhibitorDoseMgPerM2,
  labelDoseMgPerM2,
  limits,
  minAncPerMm3,
  minPlateletsPerMm3,
  sources,
} from './facts';
import type { Check } from './types';
import type { NormalizedInput } from './validate';

// Labs and the ordered dose are compared as the numbers that were entered, against thresholds that
// are exact binary64 values (1, 1.5, 2.5, 3, 10, 20, 40, 1500, 100000): for such a threshold t,
// x > t exactly when the decimal x prints as is > t (round-to-nearest is monotonic), so these
// comparisons are exact and decide nothing by rounding.
const gt = (value: number | undefined, threshold: number): value is number =>
  value !== undefined && value > threshold;
const lt = (value: number | undefined, threshold: number): value is number =>
  value !== undefined && value < threshold;
/** An entered number as plain decimal text (no exponent). */
const show = (value: number) => dec(value).toFixed();

export type CheckContext = {
  input: NormalizedInput;
  bsaRoundedM2: Dec;
  capped: boolean;
  /** BMI for display only (the limits are compared exactly in runChecks). */
  bmi: number;
  calculatedDoseMg: Dec;
  vialRoundedMg?: Dec;
  /** The stop for infusion times that cannot be right (infusion-time.ts), when there is one. */
  infusionStop?: Check;
  /**
   * Dose levels the patient's own history supports, mg/m², beside the label's (e.g. the cycle-day
   * toxicity level: the previous dose less 20%): an order at such a level is not "below every level".
   */
  supportedLevelsMgPerM2?: readonly Dec[];
};

/**
 * Starting dose from the label's hepatic table (monotherapy), first row that fits; undefined when
 * not every value is given, 'not-recommended' past the last row.
 *
 * @example hepaticDoseMgPerM2(3, 3, 1.2) //=> 32
 */
export function hepaticDoseMgPerM2(
  ast: number,
  alt: number,
  bilirubin: number,
): 40 | 32 | 20 | 'not-recommended' {
  const transaminasesAtMost = (x: number) => ast <= x && alt <= x;
  if (transaminasesAtMost(2.5) && bilirubin <= 1) return 40;
  if (transaminasesAtMost(10) && bilirubin <= 1.5) return 32;
  if (transaminasesAtMost(10) && bilirubin <= 3) return 20;
  return 'not-recommended';
}

function hepaticChecks(input: NormalizedInput): Check[] {
  const { astXUln: ast, altXUln: alt, bilirubinXUln: bili } = input.labs;
  const ordered = input.doseMgPerM2;
  const orderedValue = input.doseMgPerM2Value;
  const checks: Check[] = [];
  if (input.regimen === 'with-capecitabine') {
    const reasons = [
      gt(ast, 2.5) ? `AST ${show(ast)} × ULN > 2.5` : undefined,
      gt(alt, 2.5) ? `ALT ${show(alt)} × ULN > 2.5` : undefined,
      gt(bili, 1) ? `bilirubin ${show(bili)} × ULN > 1` : undefined,
    ].filter((r): r is string => r !== undefined);
    if (reasons.length > 0) {
      checks.push({
        code: 'COMBINATION_CONTRAINDICATED',
        severity: 'stop',
        message: `Ixabepilone with capecitabine is contraindicated: ${reasons.join(', ')} (boxed warning: neutropenia-related deaths). Hold and contact the prescriber.`,
        source: sources.labelBoxed,
      });
    }
    return checks;
  }
  const reasons = [
    gt(ast, 10) ? `AST ${show(ast)} × ULN > 10` : undefined,
    gt(alt, 10) ? `ALT ${show(alt)} × ULN > 10` : undefined,
    gt(bili, 3) ? `bilirubin ${show(bili)} × ULN > 3` : undefined,
  ].filter((r): r is string => r !== undefined);
  if (reasons.length > 0) {
    checks.push({
      code: 'HEPATIC_NOT_RECOMMENDED',
      severity: 'stop',
      message: `Ixabepilone is not recommended with ${reasons.join(', ')} (label hepatic table). Hold and contact the prescriber.`,
      source: sources.labelHepatic,
    });
    return checks;
  }
  if (ast !== undefined && alt !== undefined && bili !== undefined) {
    const tableDose = hepaticDoseMgPerM2(ast, alt, bili);
    if (typeof tableDose === 'number' && tableDose < labelDoseMgPerM2 && orderedValue > tableDose) {
      const later = tableDose === 20 ? ' (may rise to at most 30 mg/m² in later cycles if tolerated)' : '';
      checks.push({
        code: 'HEPATIC_DOSE_REDUCTION',
        severity: 'warning',
        message: `With AST ${show(ast)}, ALT ${show(alt)} and bilirubin ${show(bili)} × ULN the label's starting dose is ${tableDose} mg/m²${later}; ${fmt(ordered)} mg/m² is ordered. Confirm with the prescriber.`,
        source: sources.labelHepatic,
      });
    }
  }
  return checks;
}

/** Every check that applies, stops first, then warnings, then infos. */
export function runChecks(ctx: CheckContext): Check[] {
  const { input } = ctx;
  const ordered = input.doseMgPerM2;
  const orderedValue = input.doseMgPerM2Value;
  const checks: Check[] = [];

  checks.push(...hepaticChecks(input));

  const { anc, platelets } = input.labs;
  if (lt(anc, minAncPerMm3)) {
    checks.push({
      code: 'ANC_TOO_LOW',
      severity: 'stop',
      message: `ANC ${show(anc)}/mm³ is below ${minAncPerMm3}/mm³: the label allows a cycle only at ANC ≥ ${minAncPerMm3}. Hold and contact the prescriber.`,
      source: sources.labelCounts,
    });
  }
  if (lt(platelets, minPlateletsPerMm3)) {
    checks.push({
      code: 'PLATELETS_TOO_LOW',
      severity: 'stop',
      message: `Platelets ${show(platelets)}/mm³ are below 100,000/mm³: the label allows a cycle only at platelets ≥ 100,000. Hold and contact the prescriber.`,
      source: sources.labelCounts,
    });
  }

  if (orderedValue > labelDoseMgPerM2 && !input.strongCyp3a4Inducer) {
    checks.push({
      code: 'DOSE_ABOVE_LABEL',
      severity: 'warning',
      message: `${fmt(ordered)} mg/m² is above the label dose of 40 mg/m²; only a strong CYP3A4 inducer that cannot be avoided allows more (up to 60 mg/m² over 4 hours). Confirm the order.`,
      source: sources.labelDose,
    });
  }
  if (input.strongCyp3a4Inducer) {
    checks.push({
      code: 'CYP3A4_INDUCER',
      severity: 'warning',
      message:
        'Strong CYP3A4 inducer: avoid it if possible; if it cannot be avoided the dose may rise gradually to 60 mg/m², infused over 4 hours. Confirm the dose and infusion time with the prescriber.',
      source: sources.labelCyp3a4,
    });
  }
  if (input.strongCyp3a4Inhibitor && orderedValue > inhibitorDoseMgPerM2) {
    checks.push({
      code: 'CYP3A4_INHIBITOR',
      severity: 'warning',
      message: `Strong CYP3A4 inhibitor: the label reduces the dose to 20 mg/m² when the inhibitor cannot be avoided; ${fmt(ordered)} mg/m² is ordered. Confirm with the prescriber.`,
      source: sources.labelCyp3a4,
    });
  }

  if (input.strongCyp3a4Inhibitor && input.strongCyp3a4Inducer) {
    checks.push({
      code: 'CYP3A4_INHIBITOR_AND_INDUCER',
      severity: 'warning',
      message:
        'Both a strong CYP3A4 inhibitor and a strong CYP3A4 inducer are ticked: the label adjusts the dose in opposite directions (20 mg/m² with an inhibitor; up to 60 mg/m² over 4 hours with an inducer) and gives no rule for both. Check the medication list and confirm the dose with the prescriber.',
      source: sources.labelCyp3a4,
    });
  }
  const belowLevels = doseBelowLevelsCheck(ordered, ctx.supportedLevelsMgPerM2);
  if (belowLevels) checks.push(belowLevels);
  if (ctx.infusionStop) checks.push(ctx.infusionStop);

  // BMI limits compared exactly without division: W × 10⁴ < 12 × H² (W in kg, H in cm).
  const { min, max } = limits.bmi;
  const weightTimes1e4 = input.weightKg.times(10_000);
  const heightSquared = input.heightCm.times(input.heightCm);
  if (
    weightTimes1e4.lessThan(heightSquared.times(min)) ||
    weightTimes1e4.greaterThan(heightSquared.times(max))
  ) {
    checks.push({
      code: 'IMPLAUSIBLE_BODY_SIZE',
      severity: 'warning',
      message: `BMI ${ctx.bmi.toFixed(1)} kg/m² is outside ${min}–${max}: most often a unit mix-up (cm/in, kg/lb). Check height and weight.`,
      source: sources.bmi,
    });
  }

  if (input.previousWeightKg) {
    const change = input.weightKg
      .minus(input.previousWeightKg)
      .abs()
      .dividedBy(input.previousWeightKg)
      .times(100);
    if (change.greaterThanOrEqualTo(k(10))) {
      checks.push({
        code: 'WEIGHT_CHANGE',
        severity: 'warning',
        message: `Weight changed by ${fmt(change.toDecimalPlaces(1))}% since the last BSA calculation (${fmt(input.previousWeightKg.toDecimalPlaces(1))} → ${fmt(input.weightKg.toDecimalPlaces(1))} kg): recalculate the dose and confirm it with the prescriber.`,
        source: sources.reweigh,
      });
    }
  }

  if (ctx.capped) {
    checks.push({
      code: 'BSA_CAPPED',
      severity: 'info',
      message: `BSA ${fmt(ctx.bsaRoundedM2)} m² is above 2.2 m²: the label doses on 2.2 m².`,
      source: sources.labelDose,
    });
  }
  if (ctx.vialRoundedMg) {
    const diff = ctx.vialRoundedMg.minus(ctx.calculatedDoseMg);
    const pct = diff.abs().dividedBy(ctx.calculatedDoseMg).times(100).toDecimalPlaces(1);
    checks.push({
      code: 'VIAL_ROUNDED',
      severity: 'info',
      message: `Dose rounded to the nearest vial total by institutional policy (within ${input.vialRoundingPercent}%): ${fmt(ctx.calculatedDoseMg)} → ${fmt(ctx.vialRoundedMg)} mg, ${diff.isNegative() ? '' : '+'}${fmt(diff)} mg (${fmt(pct)}%).`,
      source: sources.vialRounding,
    });
  }

  const rank = { stop: 0, warning: 1, info: 2 } as const;
  return checks.sort((a, b) => rank[a.severity] - rank[b.severity]);
}
