// The bag and the pump rate: the smaller of the label's 250 and 500 mL bags that keeps the final
// concentration (dose ÷ (bag + volume drawn up)) within 0.2–0.6 mg/mL, and the rate in mL/h for
// the ordered infusion time (the label's 3 hours, or 4 with a strong CYP3A4 inducer, when none is
// ordered). Decided on exact whole numbers. Source: IXEMPRA prescribing information, sections 2.5 and
// 2.6 (docs/reference.md, "Preparation" and "Interactions").
import { type Dec, roundHalfUpDiv } from './decimal';
import { bagSizesMl, inducerInfusionMinutes, labelInfusionMinutes } from './facts';
import type { Infusion } from './types';

/**
 * Bag, concentration and rate for `doseMg` (at most 2 decimals) drawn up as `volumeMl` (1 decimal).
 * Both are read as whole hundredths (exact: the scaled values are integers, so rounding the binary64
 * product to the nearest integer recovers them), and every comparison and rounding is then made on
 * exact integers: 0.2 ≤ D ÷ T ≤ 0.6 as 5D ≥ T and 5D ≤ 3T.
 *
 * @example infusionPlan(72.8, 36.4, undefined, false)
 * //=> { bagMl: 250, totalMl: 286.4, concentrationMgPerMl: 0.25, minutes: 180, minutesFrom: 'label', rateMlPerHour: 95.5 }
 */
export function infusionPlan(
  doseMg: number,
  volumeMl: number,
  orderedMinutes: Dec | undefined,
  strongCyp3a4Inducer: boolean,
): Infusion {
  const minutes = orderedMinutes
    ? orderedMinutes.toNumber()
    : strongCyp3a4Inducer
      ? inducerInfusionMinutes
      : labelInfusionMinutes;
  const minutesFrom = orderedMinutes ? 'order' : 'label';
  const dose = Math.round(doseMg * 100);
  const volume = Math.round(volumeMl * 100);
  const bagMl = bagSizesMl.find((bag) => {
    const total = volume + bag * 100;
    return 5 * dose >= total && 5 * dose <= 3 * total;
  });
  if (bagMl === undefined) return { minutes, minutesFrom };
  const total = volume + bagMl * 100;
  // mL/h to 0.1: total ÷ 100 × 60 ÷ minutes, × 10 = 6 × total ÷ minutes (whole minutes).
  return {
    bagMl,
    totalMl: total / 100,
    concentrationMgPerMl: roundHalfUpDiv(dose * 100, total) / 100,
    minutes,
    minutesFrom,
    rateMlPerHour: roundHalfUpDiv(6 * total, minutes) / 10,
  };
}
