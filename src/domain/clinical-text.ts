// Numbers at clinical precision for text a person reads in the chart (the note, the worksheet):
// one place decides how a long decimal is shown. Exact values stay in the calculation; these only
// shorten what is printed, and mark a shortened value with "≈".
import { dec, fmt, roundHalfUp } from './decimal';

/** Most decimals a number in the note or on the worksheet carries. */
export const clinicalMaxDecimals = 4;

/**
 * A value to at most `places` decimals: as it is when it fits, else "≈" and half-up.
 *
 * @example atMost(69.85322498, 2) //=> '≈69.85'
 * @example atMost(1.82, 4) //=> '1.82'
 */
export function atMost(value: number | string, places: number): string {
  const d = dec(value);
  return d.decimalPlaces() <= places ? fmt(d) : `≈${fmt(roundHalfUp(d, places))}`;
}

/**
 * Text with every decimal longer than 4 places (and any "…" after it) shown as "≈" and 4 places;
 * "= ≈x" reads "≈ x".
 *
 * @example clinicalNumbers('√(…) = 1.81812… m²') //=> '√(…) ≈ 1.8181 m²'
 */
export function clinicalNumbers(text: string): string {
  return text
    .replace(/(\d+\.\d{5,})…?/g, (_, number: string) => atMost(number, clinicalMaxDecimals))
    .replace(/= ≈/g, '≈ ');
}
