// A liver test entered as a value and its upper limit of normal (ULN) → a multiple of ULN, with
// exact decimal division so a ratio that equals a table threshold (1.8 / 1.2 = 1.5) is not pushed
// past it by binary floating point. Source: the label's hepatic table is written in multiples of
// ULN (docs/reference.md "Hepatic impairment").
import { dec } from './decimal';

/**
 * value ÷ ULN, exact to 12 decimals (half-up), as a number; undefined when ULN is not above 0.
 *
 * @example multipleOfUln(1.8, 1.2) //=> 1.5 (a float division gives 1.5000000000000002)
 * @example multipleOfUln(100, 40) //=> 2.5
 */
export function multipleOfUln(value: number, uln: number): number | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(uln) || value < 0 || uln <= 0) return undefined;
  return dec(value).dividedBy(dec(uln)).toDecimalPlaces(12).toNumber();
}
