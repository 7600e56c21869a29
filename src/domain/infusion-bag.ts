// The bag and the pump rate: the smaller of the label's 250 and 500 mL bags that keeps the final
// concentration (dose ÷ (bag + volume drawn up)) within 0.2–0.6 mg/mL, and the rate in mL/h for
// the ordered infusion time (the label's 3 hours, or 4 with a strong CYP3A4 inducer, when none is
// ordered). Decided on exact decimals. Source: IXEMPRA prescribing information, sections 2.5 and
// 2.6 (docs/reference.md, "Preparation" and "Interactions").
import { type Dec, dec, roundHalfUp } from './decimal';
import {
  bagSizesMl,
  finalMgPerMlMax,
  finalMgPerMlMin,
  inducerInfusionMinutes,
  labelInfusionMinutes,
} from './facts';
import type { Infusion } from './types';

const minMgPerMl = dec(finalMgPerMlMin);
const maxMgPerMl = dec(finalMgPerMlMax);

/**
 * Bag, concentration and rate for `doseMg` drawn up as `volumeMl`.
 *
 * @example infusionPlan(dec('72.8'), dec('36.4'), undefined, false)
 * //=> { bagMl: 250, totalMl: 286.4, concentrationMgPerMl: 0.25, minutes: 180, minutesFrom: 'label', rateMlPerHour: 95.5 }
 */
export function infusionPlan(
  doseMg: Dec,
  volumeMl: Dec,
  orderedMinutes: Dec | undefined,
  strongCyp3a4Inducer: boolean,
): Infusion {
  const minutes = orderedMinutes
    ? orderedMinutes.toNumber()
    : strongCyp3a4Inducer
      ? inducerInfusionMinutes
      : labelInfusionMinutes;
  const minutesFrom = orderedMinutes ? 'order' : 'label';
  const bagMl = bagSizesMl.find((bag) => {
    const concentration = doseMg.dividedBy(volumeMl.plus(bag));
    return concentration.greaterThanOrEqualTo(minMgPerMl) && concentration.lessThanOrEqualTo(maxMgPerMl);
  });
  if (bagMl === undefined) return { minutes, minutesFrom };
  const total = volumeMl.plus(bagMl);
  return {
    bagMl,
    totalMl: total.toNumber(),
    concentrationMgPerMl: roundHalfUp(doseMg.dividedBy(total), 2).toNumber(),
    minutes,
    minutesFrom,
    rateMlPerHour: roundHalfUp(total.times(60).dividedBy(minutes), 1).toNumber(),
  };
}
