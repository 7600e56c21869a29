// The dose levels the IXEMPRA label names, and the warning for an order below every one of them
// (4 mg/m² is no reduction the label knows: most often a typo or a dose meant in mg).
// Levels (IXEMPRA prescribing information, section 2): 40 mg/m² (label dose); 32 mg/m² (a 20%
// reduction for toxicity; hepatic table, second row); 30 mg/m² (hepatic, the most a later cycle may
// rise to from 20); 25.6 mg/m² (a further 20% reduction: "reduce dose by an additional 20%", read as
// 20% off the level in use, 40 → 32 → 25.6); 20 mg/m² (strong CYP3A4 inhibitor; hepatic table,
// third row). Threshold: an order strictly below the lowest, 20 mg/m², compared exactly.
// A patient's own history can support a lower level (the cycle-day toxicity level: the previous
// dose less 20%): the caller passes such levels in. Pure.
import { type Dec, fmt, k } from './decimal';
import { sources } from './facts';
import type { Check } from './types';

export const labelDoseLevelsMgPerM2 = ['40', '32', '30', '25.6', '20'] as const;

/**
 * The lowest dose level supported: the label's lowest (20 mg/m²) or a lower level the caller
 * knows the patient's history supports.
 *
 * @example fmt(lowestSupportedDoseMgPerM2()) //=> '20'
 * @example fmt(lowestSupportedDoseMgPerM2([dec('16')])) //=> '16'
 */
export function lowestSupportedDoseMgPerM2(supported: readonly Dec[] = []): Dec {
  let lowest = k('20');
  for (const level of supported) if (level.greaterThan(0) && level.lessThan(lowest)) lowest = level;
  return lowest;
}

/**
 * A warning when the ordered mg/m² is below every supported level; undefined otherwise.
 *
 * @example doseBelowLevelsCheck(dec('4'))?.code //=> 'DOSE_BELOW_LABEL_LEVELS'
 * @example doseBelowLevelsCheck(dec('20')) //=> undefined
 */
export function doseBelowLevelsCheck(ordered: Dec, supported: readonly Dec[] = []): Check | undefined {
  const lowest = lowestSupportedDoseMgPerM2(supported);
  if (!ordered.lessThan(lowest)) return undefined;
  const fromHistory = lowest.lessThan(k('20'));
  return {
    code: 'DOSE_BELOW_LABEL_LEVELS',
    severity: 'warning',
    message: fromHistory
      ? `${fmt(ordered)} mg/m² is below every dose level the label names (40, 32, 30, 25.6 and 20 mg/m²) and below this patient's reduced level of ${fmt(lowest)} mg/m². Check the order with the prescriber (a typo, or a dose meant in mg?).`
      : `${fmt(ordered)} mg/m² is below every dose level the label names (40, 32, 30, 25.6 and 20 mg/m²; the lowest, 20 mg/m², is for a strong CYP3A4 inhibitor or the hepatic table). Check the order with the prescriber (a typo, or a dose meant in mg?).`,
    source: sources.labelDoseLevels,
  };
}
