// Exact decimal arithmetic for the domain: one decimal.js-light constructor with enough precision
// (34 significant digits, as decimal128) that no rounding is ever decided on a binary float, and
// the named rounding modes we use. decimal.js-light (5.7 kB gz, vs 13 kB for decimal.js) keeps
// sqrt, ln/exp and non-integer powers, which the exact BSA path needs.
import Decimal from 'decimal.js-light';

/** Decimal constructor private to the domain (leaves the library's global settings alone). */
export const Dec = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 30,
});
export type Dec = InstanceType<typeof Dec>;

/** A JS number as the decimal it prints as (0.1 → exactly 0.1), so a typed value stays exact. */
export function dec(value: number | string | Dec): Dec {
  return new Dec(value);
}

const constants = new Map<number | string, Dec>();

/** A constant (threshold, factor) as a decimal, parsed once: `k(1500)`, `k('2.5')`. */
export function k(value: number | string): Dec {
  let cached = constants.get(value);
  if (!cached) {
    cached = new Dec(value);
    constants.set(value, cached);
  }
  return cached;
}

/** ⌈a / b⌉ for non-negative safe integers a and b > 0, settled by exact integer comparisons. */
export function ceilDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  while (q * b < a) q += 1;
  while (q > 0 && (q - 1) * b >= a) q -= 1;
  return q;
}

/**
 * a ÷ b rounded half-up to a whole number, for non-negative safe integers a and b > 0, settled by
 * exact integer comparisons (a 34-digit decimal division costs far more).
 *
 * @example roundHalfUpDiv(7280, 2864) //=> 3 (2.54…)
 */
export function roundHalfUpDiv(a: number, b: number): number {
  const numerator = 2 * a + b;
  const denominator = 2 * b;
  let q = Math.floor(numerator / denominator);
  while (q * denominator > numerator) q -= 1;
  while ((q + 1) * denominator <= numerator) q += 1;
  return q;
}

/** Round half-up (away from zero at .5) to `places` decimals. @example roundHalfUp(dec('73.15'), 1) //=> 73.2 */
export function roundHalfUp(value: Dec, places: number): Dec {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

/** Round towards +∞ to `places` decimals. @example roundUp(dec('72.01'), 0) //=> 73 */
export function roundUp(value: Dec, places: number): Dec {
  return value.toDecimalPlaces(places, Dec.ROUND_CEIL);
}

/** Round towards −∞ to `places` decimals. @example roundDown(dec('146.66'), 1) //=> 146.6 */
export function roundDown(value: Dec, places: number): Dec {
  return value.toDecimalPlaces(places, Dec.ROUND_FLOOR);
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThanOrEqualTo(b) ? a : b;
}

/** A plain decimal string without exponent or trailing zeros beyond `places` when given. */
export function fmt(value: Dec, places?: number): string {
  return places === undefined ? value.toFixed() : value.toFixed(places);
}
