// The dose: ordered mg/m² × BSA used, rounded half-up on exact decimals, never above the BSA
// cap's maximum; then the optional vial rounding policy (HOPA: nearest vial total within 5 or 10%).
import { type Dec, dec, roundDown, roundHalfUp } from './decimal';
import { bsaCapM2 } from './facts';

const capM2 = dec(bsaCapM2);

/**
 * Calculated dose in mg: ordered × BSA, half-up to `decimals`. When half-up rounding would lift the
 * dose above ordered × 2.2 m² (the label's cap), it is rounded down to stay within it instead.
 *
 * @example calculatedDose(dec(35), dec('2.09'), 1).toFixed() //=> '73.2' (73.15 exactly)
 */
export function calculatedDose(orderedMgPerM2: Dec, bsaUsedM2: Dec, decimals: number): Dec {
  const exact = orderedMgPerM2.times(bsaUsedM2);
  const rounded = roundHalfUp(exact, decimals);
  return rounded.greaterThan(maxDose(orderedMgPerM2)) ? roundDown(exact, decimals) : rounded;
}

/** Highest dose the BSA cap allows: ordered mg/m² × 2.2 m². */
export function maxDose(orderedMgPerM2: Dec): Dec {
  return orderedMgPerM2.times(capM2);
}

/**
 * Vial rounding: the multiple of 15 mg nearest the calculated dose, if it lies within `percent` of
 * it (inclusive) and not above ordered × 2.2 m²; a tie goes to the lower total. Returns undefined
 * when the policy is off or no total qualifies or the dose is already a vial total.
 *
 * @example vialRoundedDose(dec('73.2'), dec(40), 10)?.toFixed() //=> '75'
 */
export function vialRoundedDose(
  calculatedMg: Dec,
  orderedMgPerM2: Dec,
  percent: 0 | 5 | 10,
): Dec | undefined {
  if (percent === 0) return undefined;
  const lower = roundDown(calculatedMg.dividedBy(15), 0).times(15);
  if (lower.equals(calculatedMg)) return undefined;
  const upper = lower.plus(15);
  // |total − dose| ≤ dose × percent ÷ 100, compared without division.
  const scaledTolerance = calculatedMg.times(percent);
  const ceiling = maxDose(orderedMgPerM2);
  const candidates = [lower, upper]
    .filter((total) => total.greaterThan(0))
    .filter((total) => total.minus(calculatedMg).abs().times(100).lessThanOrEqualTo(scaledTolerance))
    .filter((total) => total.lessThanOrEqualTo(ceiling));
  // Candidates are ordered low to high, so on a tie the lower total comes first and stays.
  let best: Dec | undefined;
  for (const total of candidates) {
    if (!best || total.minus(calculatedMg).abs().lessThan(best.minus(calculatedMg).abs())) best = total;
  }
  return best;
}
