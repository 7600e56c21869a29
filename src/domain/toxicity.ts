// The label's dose-modification table applied to what happened since the last cycle: the supported
// dose level (20% off the level in use, or discontinue), its reasons, and the checks
// TOXICITY_DOSE_REDUCTION, TOXICITY_DISCONTINUE and NOT_RECOVERED. Also reads the observations a
// nurse has (days, lowest counts) into the table's yes/no rows. Source: IXEMPRA prescribing
// information, section 2 (Dosage Modifications for Adverse Reactions, Table 1; re-treatment).
import { type Dec, dec, fmt, k } from './decimal';
import {
  limits,
  sources,
  toxicityAncPerMm3,
  toxicityDays,
  toxicityPlateletsPerMm3,
  toxicityPlateletsWithBleedingPerMm3,
  toxicityReductionFactor,
} from './facts';
import type { Check, FieldError, Step, ToxicityAssessment, ToxicityInput } from './types';

const booleanKeys = [
  'neuropathy7DaysOrMore',
  'neuropathyDisabling',
  'otherGrade3',
  'anyGrade4',
  'neutrophilsBelow500For7Days',
  'febrileNeutropenia',
  'plateletsBelow25k',
  'plateletsBelow50kWithBleeding',
  'nonhematologicRecovered',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The toxicity input checked field by field; undefined when absent or when an error was added. */
export function validateToxicity(raw: unknown, errors: FieldError[]): ToxicityInput | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    errors.push({
      field: 'toxicity',
      message: 'The answers about the last cycle are not readable: enter them again.',
    });
    return undefined;
  }
  const before = errors.length;
  const previous = raw.previousDoseMgPerM2;
  const max = limits.doseMgPerM2.max;
  if (typeof previous !== 'number' || !Number.isFinite(previous) || previous <= 0 || previous > max) {
    errors.push({
      field: 'toxicity.previousDoseMgPerM2',
      message: `Enter the last cycle's dose in mg/m² (more than 0, at most ${max}), e.g. 40.`,
    });
  }
  const grade = raw.neuropathyGrade;
  if (grade !== undefined && grade !== null && ![0, 1, 2, 3, 4].includes(grade as number)) {
    errors.push({ field: 'toxicity.neuropathyGrade', message: 'Choose the neuropathy grade: 0 to 4.' });
  }
  const out: ToxicityInput = { previousDoseMgPerM2: previous as number };
  if (typeof grade === 'number') out.neuropathyGrade = grade as 0 | 1 | 2 | 3 | 4;
  for (const key of booleanKeys) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'boolean') out[key] = value;
    else errors.push({ field: `toxicity.${key}`, message: 'Answer yes or no.' });
  }
  if ((grade === 2 || grade === 3) && out.neuropathy7DaysOrMore === undefined) {
    errors.push({
      field: 'toxicity.neuropathy7DaysOrMore',
      message: `Say whether the grade ${grade} neuropathy lasted 7 days or more: the label's dose depends on it.`,
    });
  }
  return errors.length === before ? out : undefined;
}

/** "Grade 2 neuropathy…: reduce by 20%." → "grade 2 neuropathy…" for a list inside a sentence. */
const asClause = (reason: string) =>
  reason.charAt(0).toLowerCase() + reason.slice(1).replace(/: (discontinue|reduce by 20%)\.$/, '');

export type ToxicityOutcome = {
  assessment: ToxicityAssessment;
  /** The supported level, exact; null: discontinue. */
  supported: Dec | null;
  checks: Check[];
  step: Step;
};

/**
 * The label's table for one cycle: the supported level is the last cycle's × 0.8 when a row calls for
 * a reduction (40 → 32, and 32 → 25.6 on a recurrence), the last cycle's when none does, null when a
 * row calls for discontinuation.
 *
 * @example assessToxicity({ previousDoseMgPerM2: 40, febrileNeutropenia: true }, dec(40)).assessment
 * //=> { supportedDoseMgPerM2: 32, reasons: ['Febrile neutropenia: reduce by 20%.', …] }
 */
export function assessToxicity(t: ToxicityInput, ordered: Dec): ToxicityOutcome {
  const previous = dec(t.previousDoseMgPerM2);
  const discontinue: string[] = [];
  const reduce: string[] = [];
  const noChange: string[] = [];
  const grade = t.neuropathyGrade;
  const long = t.neuropathy7DaysOrMore === true;
  if (grade === 4) discontinue.push('Grade 4 neuropathy (a grade 4 toxicity): discontinue.');
  else if (grade === 3 && long) discontinue.push('Grade 3 neuropathy lasting 7 days or more: discontinue.');
  else if (grade === 3) reduce.push('Grade 3 neuropathy lasting less than 7 days: reduce by 20%.');
  else if (grade === 2 && long) reduce.push('Grade 2 neuropathy lasting 7 days or more: reduce by 20%.');
  else if (grade === 2) noChange.push('Grade 2 neuropathy lasting less than 7 days: no change.');
  else if (grade !== undefined) noChange.push(`Neuropathy grade ${grade}: no change.`);
  if (t.neuropathyDisabling) discontinue.push('Disabling neuropathy: discontinue.');
  if (t.anyGrade4) discontinue.push('A grade 4 toxicity: discontinue.');
  if (t.otherGrade3)
    reduce.push(
      'Another grade 3 toxicity (not transient arthralgia/myalgia, transient fatigue or grade 3 hand-foot syndrome, which change nothing): reduce by 20%.',
    );
  if (t.neutrophilsBelow500For7Days)
    reduce.push('Neutrophils below 500/mm³ for 7 days or more: reduce by 20%.');
  if (t.febrileNeutropenia) reduce.push('Febrile neutropenia: reduce by 20%.');
  if (t.plateletsBelow25k) reduce.push('Platelets below 25,000/mm³: reduce by 20%.');
  if (t.plateletsBelow50kWithBleeding)
    reduce.push('Platelets below 50,000/mm³ with bleeding: reduce by 20%.');

  const checks: Check[] = [];
  const reasons: string[] = [...discontinue, ...reduce, ...noChange];
  let supported: Dec | null;
  let stepExpression: string;
  let stepResult: string;
  if (discontinue.length > 0) {
    supported = null;
    checks.push({
      code: 'TOXICITY_DISCONTINUE',
      severity: 'stop',
      message: `Since the last cycle: ${discontinue.map(asClause).join('; ')}. The label says discontinue ixabepilone. Hold and contact the prescriber.`,
      source: sources.labelToxicity,
    });
    stepExpression = discontinue.join(' ');
    stepResult = 'Discontinue (no dose level)';
  } else if (reduce.length > 0) {
    supported = previous.times(k(toxicityReductionFactor));
    const work = `${fmt(previous)} mg/m² × 0.8 = ${fmt(supported)} mg/m²`;
    const reading = previous.lessThan(k(40))
      ? ` The last cycle was already below 40 mg/m²: the label says "If adverse reactions recur, reduce dose by an additional 20%"; the app reads this as 20% off the level in use. The prescriber sets the level.`
      : ' The prescriber sets the level.';
    reasons.push(`One 20% reduction from the last cycle's level: ${work}.${reading}`);
    if (ordered.greaterThan(supported)) {
      checks.push({
        code: 'TOXICITY_DOSE_REDUCTION',
        severity: 'warning',
        message: `Since the last cycle: ${reduce.map(asClause).join('; ')}. The label reduces the dose by 20%: ${work}; ${fmt(ordered)} mg/m² is ordered. Confirm the dose with the prescriber.`,
        source: sources.labelToxicity,
      });
    }
    stepExpression = `${reduce.join(' ')} ${work}`;
    stepResult = `${fmt(supported)} mg/m² supported by the label`;
  } else {
    supported = previous;
    reasons.push(
      `Nothing entered calls for a change in the label's table: the last cycle's ${fmt(previous)} mg/m² stands.`,
    );
    if (ordered.greaterThan(previous)) {
      reasons.push(
        `${fmt(ordered)} mg/m² is ordered, above the last cycle's ${fmt(previous)} mg/m²: the label's table sets no level for raising the dose again; that is the prescriber's choice.`,
      );
    }
    stepExpression = `No row of the table applies; last cycle ${fmt(previous)} mg/m²`;
    stepResult = `${fmt(previous)} mg/m² (no change)`;
  }

  if (t.nonhematologicRecovered === false) {
    checks.push({
      code: 'NOT_RECOVERED',
      severity: 'stop',
      message:
        'Non-hematologic toxicities have not recovered to grade 1 or less: the label withholds the next cycle until they have. Hold and contact the prescriber.',
      source: sources.labelRetreatment,
    });
    reasons.push('Non-hematologic toxicities not yet at grade 1 or less: withhold until they are.');
  } else if (t.nonhematologicRecovered === undefined) {
    reasons.push('Recovery of non-hematologic toxicities to grade 1 or less: not answered.');
  }

  return {
    assessment: { supportedDoseMgPerM2: supported === null ? null : supported.toNumber(), reasons },
    supported,
    checks,
    step: {
      id: 'toxicity',
      title: "Dose after the last cycle's toxicities",
      expression: stepExpression,
      result: stepResult,
      source: sources.labelToxicity,
    },
  };
}

/** What a nurse reads in the chart, before it is put into the table's rows. */
export type ToxicityObservations = {
  previousDoseMgPerM2: number;
  neuropathyGrade?: 0 | 1 | 2 | 3 | 4;
  /** How many days the worst neuropathy lasted. */
  neuropathyDays?: number;
  neuropathyDisabling?: boolean;
  otherGrade3?: boolean;
  anyGrade4?: boolean;
  /** Lowest ANC since the last cycle, cells/mm³, and the days it stayed below 500/mm³. */
  lowestAncPerMm3?: number;
  ancDaysBelow500?: number;
  febrileNeutropenia?: boolean;
  /** Lowest platelets since the last cycle, /mm³, and whether there was bleeding. */
  lowestPlateletsPerMm3?: number;
  bleeding?: boolean;
  nonhematologicRecovered?: boolean;
};

export type ObservationField = 'neuropathyDays' | 'ancDaysBelow500';

/**
 * Observations → the table's rows: 7 days or more; ANC < 500/mm³ for 7 days or more; platelets
 * < 25,000/mm³, or < 50,000/mm³ with bleeding. A question the table needs and that is not answered
 * is an error on its field.
 *
 * @example toxicityFromObservations({ previousDoseMgPerM2: 40, lowestPlateletsPerMm3: 49_999, bleeding: true })
 * //=> { ok: true, toxicity: { previousDoseMgPerM2: 40, plateletsBelow25k: false, plateletsBelow50kWithBleeding: true } }
 */
export function toxicityFromObservations(
  o: ToxicityObservations,
):
  | { ok: true; toxicity: ToxicityInput }
  | { ok: false; errors: { field: ObservationField; message: string }[] } {
  const errors: { field: ObservationField; message: string }[] = [];
  const t: ToxicityInput = { previousDoseMgPerM2: o.previousDoseMgPerM2 };
  if (o.neuropathyGrade !== undefined) {
    t.neuropathyGrade = o.neuropathyGrade;
    if (o.neuropathyDays !== undefined) t.neuropathy7DaysOrMore = o.neuropathyDays >= toxicityDays;
    else if (o.neuropathyGrade === 2 || o.neuropathyGrade === 3)
      errors.push({
        field: 'neuropathyDays',
        message: `Enter how many days the grade ${o.neuropathyGrade} neuropathy lasted: the label's dose depends on 7 days or more.`,
      });
  }
  if (o.neuropathyDisabling !== undefined) t.neuropathyDisabling = o.neuropathyDisabling;
  if (o.otherGrade3 !== undefined) t.otherGrade3 = o.otherGrade3;
  if (o.anyGrade4 !== undefined) t.anyGrade4 = o.anyGrade4;
  if (o.lowestAncPerMm3 !== undefined) {
    const below = o.lowestAncPerMm3 < toxicityAncPerMm3;
    if (below && o.ancDaysBelow500 === undefined) {
      errors.push({
        field: 'ancDaysBelow500',
        message:
          'Enter how many days the ANC stayed below 500/mm³: the label reduces the dose at 7 days or more.',
      });
    } else if (!below && o.ancDaysBelow500 !== undefined && o.ancDaysBelow500 > 0) {
      errors.push({
        field: 'ancDaysBelow500',
        message: `The lowest ANC entered (${o.lowestAncPerMm3}/mm³) is not below 500/mm³: check the lowest ANC or clear the days.`,
      });
    } else {
      t.neutrophilsBelow500For7Days = below && (o.ancDaysBelow500 ?? 0) >= toxicityDays;
    }
  }
  if (o.febrileNeutropenia !== undefined) t.febrileNeutropenia = o.febrileNeutropenia;
  if (o.lowestPlateletsPerMm3 !== undefined) {
    t.plateletsBelow25k = o.lowestPlateletsPerMm3 < toxicityPlateletsPerMm3;
    t.plateletsBelow50kWithBleeding =
      o.bleeding === true && o.lowestPlateletsPerMm3 < toxicityPlateletsWithBleedingPerMm3;
  }
  if (o.nonhematologicRecovered !== undefined) t.nonhematologicRecovered = o.nonhematologicRecovered;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, toxicity: t };
}
