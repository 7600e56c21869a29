// The kits on hand and the kits actually opened: reading them, and judging the opened kits against
// the dose (KITS_DONT_COVER_DOSE) and against the least-waste kits among the sizes on hand
// (KITS_NOT_LEAST_WASTE, with a prompt for the reason). Discarded units always come from the labeled
// amount: overfill is never billable. Sources: CMS discarded-drug (JW/JZ) policy; IXEMPRA label, kits.
import { type Dec, fmt } from './decimal';
import { sources } from './facts';
import type { Check, FieldError, KitStrengthMg, Step, VialCount } from './types';
import { allKitSizesMg, chooseVials, describeKitSizes, describeVials, labeledTotalMg } from './vials';

/** Most kits of one strength a single administration could open (60 mg/m² × 2.2 m² = 132 mg = 9 × 15 mg). */
const maxKitsPerStrength = 20;

/** The kit sizes on hand, deduplicated in order 15, 45; both when absent. */
export function validateKitSizes(raw: unknown, errors: FieldError[]): KitStrengthMg[] {
  if (raw === undefined || raw === null) return [...allKitSizesMg];
  if (Array.isArray(raw) && raw.length > 0 && raw.every((s) => s === 15 || s === 45)) {
    return allKitSizesMg.filter((s) => raw.includes(s));
  }
  errors.push({
    field: 'kitSizesMg',
    message: 'Choose the kit sizes on hand: 15 mg and 45 mg, 45 mg only, or 15 mg only.',
  });
  return [...allKitSizesMg];
}

/** Kits opened, merged by strength (45 mg first), kits of 0 left out; undefined when absent or empty. */
export function validateKitsOpened(raw: unknown, errors: FieldError[]): VialCount[] | undefined {
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return undefined;
  const counts = new Map<KitStrengthMg, number>();
  const bad = () =>
    errors.push({
      field: 'kitsOpened',
      message: `Enter the kits opened as whole numbers of 15 mg and 45 mg kits (0 to ${maxKitsPerStrength} each).`,
    });
  if (!Array.isArray(raw)) {
    bad();
    return undefined;
  }
  for (const item of raw) {
    const strength = (item as { strengthMg?: unknown } | null)?.strengthMg;
    const count = (item as { count?: unknown } | null)?.count;
    if (
      (strength !== 15 && strength !== 45) ||
      typeof count !== 'number' ||
      !Number.isInteger(count) ||
      count < 0 ||
      count > maxKitsPerStrength
    ) {
      bad();
      return undefined;
    }
    counts.set(strength, (counts.get(strength) ?? 0) + count);
  }
  const kits = ([45, 15] as const)
    .map((strengthMg) => ({ strengthMg, count: counts.get(strengthMg) ?? 0 }))
    .filter((v) => v.count > 0);
  if (kits.length === 0) {
    errors.push({
      field: 'kitsOpened',
      message: 'The kits opened add up to none: enter how many kits were opened, or leave the counts empty.',
    });
    return undefined;
  }
  return kits;
}

export type KitsOpenedOutcome = {
  /** The labeled total billing counts from: the kits opened when they cover the dose. */
  billedTotalMg: number;
  checks: Check[];
  step: Step;
};

/**
 * The kits opened against the dose and the least-waste kits among the sizes on hand.
 *
 * @example assessKitsOpened(dec('72.8'), [{ strengthMg: 45, count: 1 }, { strengthMg: 15, count: 3 }], [15, 45]).checks[0].code
 * //=> 'KITS_NOT_LEAST_WASTE' (90 mg opened; 1 × 45 mg + 2 × 15 mg = 75 mg covers it: 15 mg more discarded)
 */
export function assessKitsOpened(
  doseMg: Dec,
  opened: readonly VialCount[],
  availableMg: readonly KitStrengthMg[],
): KitsOpenedOutcome {
  const openedTotal = labeledTotalMg(opened);
  const least = chooseVials(doseMg, availableMg);
  const leastTotal = labeledTotalMg(least);
  const checks: Check[] = [];
  const sizes = describeKitSizes(availableMg);
  if (doseMg.greaterThan(openedTotal)) {
    checks.push({
      code: 'KITS_DONT_COVER_DOSE',
      severity: 'stop',
      message: `The kits opened (${describeVials(opened)} = ${openedTotal} mg labeled) hold less than the ${fmt(doseMg)} mg dose: ${describeVials(least)} (${leastTotal} mg) covers it. Check the kits and the dose before giving.`,
      source: sources.labelPreparation,
    });
    return {
      billedTotalMg: leastTotal,
      checks,
      step: {
        id: 'kits-opened',
        title: 'Kits opened',
        expression: `${describeVials(opened)} = ${openedTotal} mg labeled < ${fmt(doseMg)} mg dose`,
        result: `Do not cover the dose; units shown for ${describeVials(least)}`,
        source: sources.labelPreparation,
      },
    };
  }
  const extra = openedTotal - leastTotal;
  if (extra > 0) {
    checks.push({
      code: 'KITS_NOT_LEAST_WASTE',
      severity: 'warning',
      message: `${describeVials(opened)} (${openedTotal} mg) were opened for ${fmt(doseMg)} mg, but with ${sizes} on hand the least-waste kits are ${describeVials(least)} (${leastTotal} mg): ${extra} mg more is discarded. Document the reason (for example a stock-out).`,
      source: sources.leastWaste,
    });
  }
  return {
    billedTotalMg: openedTotal,
    checks,
    step: {
      id: 'kits-opened',
      title: 'Kits opened (labeled amount, never overfill)',
      expression: `${describeVials(opened)} = ${openedTotal} mg labeled; least waste with ${sizes}: ${describeVials(least)} = ${leastTotal} mg`,
      result:
        extra > 0
          ? `${openedTotal} mg opened, ${extra} mg more than least waste`
          : `${openedTotal} mg opened (least waste)`,
      source: sources.leastWaste,
    },
  };
}

/** The words for the note and worksheet: the reason the least-waste kits were not opened. */
export const notLeastWastePrompt =
  'Reason the least-waste kits were not opened (for example a stock-out): ________';
