// Clinical checks from the label: dose above label, CYP3A4 interactions, the hepatic table,
// the capecitabine contraindication, counts before a cycle, implausible body size, BSA cap,
// vial rounding and weight change. Each message names its rule; each check carries its source.
import { type Dec, fmt } from './decimal';
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

export type CheckContext = {
  input: NormalizedInput;
  bsaRoundedM2: Dec;
  capped: boolean;
  bmi: Dec;
  calculatedDoseMg: Dec;
  vialRoundedMg?: Dec;
};

/**
 * Starting dose from the label's hepatic table (monotherapy), first row that fits; undefined when
 * not every value is given, 'not-recommended' past the last row.
 *
 * @example hepaticDoseMgPerM2(dec(3), dec(3), dec('1.2')) //=> 32
 */
export function hepaticDoseMgPerM2(ast: Dec, alt: Dec, bilirubin: Dec): 40 | 32 | 20 | 'not-recommended' {
  const transaminasesAtMost = (x: number | string) => ast.lessThanOrEqualTo(x) && alt.lessThanOrEqualTo(x);
  if (transaminasesAtMost('2.5') && bilirubin.lessThanOrEqualTo(1)) return 40;
  if (transaminasesAtMost(10) && bilirubin.lessThanOrEqualTo('1.5')) return 32;
  if (transaminasesAtMost(10) && bilirubin.lessThanOrEqualTo(3)) return 20;
  return 'not-recommended';
}

function hepaticChecks(input: NormalizedInput): Check[] {
  const { astXUln: ast, altXUln: alt, bilirubinXUln: bili } = input.labs;
  const ordered = input.doseMgPerM2;
  const checks: Check[] = [];
  if (input.regimen === 'with-capecitabine') {
    const reasons = [
      ast?.greaterThan('2.5') ? `AST ${fmt(ast)} × ULN > 2.5` : undefined,
      alt?.greaterThan('2.5') ? `ALT ${fmt(alt)} × ULN > 2.5` : undefined,
      bili?.greaterThan(1) ? `bilirubin ${fmt(bili)} × ULN > 1` : undefined,
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
    ast?.greaterThan(10) ? `AST ${fmt(ast)} × ULN > 10` : undefined,
    alt?.greaterThan(10) ? `ALT ${fmt(alt)} × ULN > 10` : undefined,
    bili?.greaterThan(3) ? `bilirubin ${fmt(bili)} × ULN > 3` : undefined,
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
  if (ast && alt && bili) {
    const tableDose = hepaticDoseMgPerM2(ast, alt, bili);
    if (typeof tableDose === 'number' && tableDose < labelDoseMgPerM2 && ordered.greaterThan(tableDose)) {
      const later = tableDose === 20 ? ' (may rise to at most 30 mg/m² in later cycles if tolerated)' : '';
      checks.push({
        code: 'HEPATIC_DOSE_REDUCTION',
        severity: 'warning',
        message: `With AST ${fmt(ast)}, ALT ${fmt(alt)} and bilirubin ${fmt(bili)} × ULN the label's starting dose is ${tableDose} mg/m²${later}; ${fmt(ordered)} mg/m² is ordered. Confirm with the prescriber.`,
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
  const checks: Check[] = [];

  checks.push(...hepaticChecks(input));

  const { anc, platelets } = input.labs;
  if (anc?.lessThan(minAncPerMm3)) {
    checks.push({
      code: 'ANC_TOO_LOW',
      severity: 'stop',
      message: `ANC ${fmt(anc)}/mm³ is below ${minAncPerMm3}/mm³: the label allows a cycle only at ANC ≥ ${minAncPerMm3}. Hold and contact the prescriber.`,
      source: sources.labelCounts,
    });
  }
  if (platelets?.lessThan(minPlateletsPerMm3)) {
    checks.push({
      code: 'PLATELETS_TOO_LOW',
      severity: 'stop',
      message: `Platelets ${fmt(platelets)}/mm³ are below 100,000/mm³: the label allows a cycle only at platelets ≥ 100,000. Hold and contact the prescriber.`,
      source: sources.labelCounts,
    });
  }

  if (ordered.greaterThan(labelDoseMgPerM2) && !input.strongCyp3a4Inducer) {
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
  if (input.strongCyp3a4Inhibitor && ordered.greaterThan(inhibitorDoseMgPerM2)) {
    checks.push({
      code: 'CYP3A4_INHIBITOR',
      severity: 'warning',
      message: `Strong CYP3A4 inhibitor: the label reduces the dose to 20 mg/m² when the inhibitor cannot be avoided; ${fmt(ordered)} mg/m² is ordered. Confirm with the prescriber.`,
      source: sources.labelCyp3a4,
    });
  }

  const { min, max } = limits.bmi;
  if (ctx.bmi.lessThan(min) || ctx.bmi.greaterThan(max)) {
    checks.push({
      code: 'IMPLAUSIBLE_BODY_SIZE',
      severity: 'warning',
      message: `BMI ${fmt(ctx.bmi.toDecimalPlaces(1))} kg/m² is outside ${min}–${max}: most often a unit mix-up (cm/in, kg/lb). Check height and weight.`,
      source: sources.bmi,
    });
  }

  if (input.previousWeightKg) {
    const change = input.weightKg
      .minus(input.previousWeightKg)
      .abs()
      .dividedBy(input.previousWeightKg)
      .times(100);
    if (change.greaterThanOrEqualTo(10)) {
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
