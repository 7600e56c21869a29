// Height and weight as typed with their units: feet-and-inches entry ("5 ft 4 in", "5'4\"",
// "5' 4"), conversion between cm/in and kg/lb with the exact factors (1 in = 2.54 cm,
// 1 lb = 0.45359237 kg; NIST), an example in each unit for messages, and the "5.4 means 5 ft 4 in?"
// hint. Shown precision: exact when the converted value has at most 2 decimals, else half-up to
// 0.01 (marked ≈). Pure; never throws.
import { type Dec, dec, fmt, k, roundHalfUp } from './decimal';
import { cmPerInch, kgPerPound } from './facts';
import type { HeightUnit, WeightUnit } from './types';

export type MeasurementUnit = HeightUnit | WeightUnit;

/** Feet and inches as typed, and the exact total in inches. */
export type FeetInches = { feet: number; inches: string; totalInches: string };

const foot = `(?:ft|feet|foot|'|′|’)`;
const inch = `(?:in|inch|inches|"|″|”|''|′′)`;
const feetInchesPattern = new RegExp(
  String.raw`^(\d{1,2})\s*${foot}\s*(?:(\d{1,2}(?:[.,]\d{1,2})?)\s*${inch}?)?$`,
  'i',
);

/**
 * Feet and inches typed as "5 ft 4 in", "5ft4", "5'4\"", "5' 4", "5′4″" or "5 ft" → the exact
 * total in inches; undefined for anything else (and for inches of 12 or more).
 *
 * @example parseFeetInches('5\'4"') //=> { feet: 5, inches: '4', totalInches: '64' }
 * @example parseFeetInches('5 ft 13 in') //=> undefined
 */
export function parseFeetInches(text: unknown): FeetInches | undefined {
  if (typeof text !== 'string') return undefined;
  const match = feetInchesPattern.exec(text.trim());
  if (!match) return undefined;
  const feet = Number(match[1]);
  const inches = dec((match[2] ?? '0').replace(',', '.'));
  if (inches.greaterThanOrEqualTo(12)) return undefined;
  return { feet, inches: fmt(inches), totalInches: fmt(inches.plus(feet * 12)) };
}

/** The exact factor from one unit to the other (cm ↔ in, kg ↔ lb). */
function convertExact(value: Dec, from: MeasurementUnit, to: MeasurementUnit): Dec | undefined {
  if (from === to) return value;
  if (from === 'in' && to === 'cm') return value.times(k(cmPerInch));
  if (from === 'cm' && to === 'in') return value.dividedBy(k(cmPerInch));
  if (from === 'lb' && to === 'kg') return value.times(k(kgPerPound));
  if (from === 'kg' && to === 'lb') return value.dividedBy(k(kgPerPound));
  return undefined;
}

export type Conversion = {
  /** The value in the new unit as shown and typed into the field (exact, or to 0.01). */
  text: string;
  /** True when `text` is the exact value; false when rounded half-up to 0.01. */
  exact: boolean;
  /** "64 in × 2.54 = 162.56 cm" or "70 kg ÷ 0.45359237 = 154.3235… ≈ 154.32 lb". */
  working: string;
};

/**
 * A value converted to the other unit with the exact factor, at 0.01 when not exact.
 *
 * @example convertMeasurement(64, 'in', 'cm')?.text //=> '162.56'
 * @example convertMeasurement(70, 'kg', 'lb')?.text //=> '154.32'
 */
export function convertMeasurement(
  value: number | string,
  from: MeasurementUnit,
  to: MeasurementUnit,
): Conversion | undefined {
  const input = dec(value);
  const exact = convertExact(input, from, to);
  if (!exact) return undefined;
  const isExact = exact.decimalPlaces() <= 2;
  const shown = isExact ? exact : roundHalfUp(exact, 2);
  const op = from === 'in' || from === 'lb' ? '×' : '÷';
  const factor = from === 'in' || to === 'in' ? cmPerInch : kgPerPound;
  const exactText = exact.decimalPlaces() > 6 ? `${exact.toFixed(6)}…` : fmt(exact);
  return {
    text: fmt(shown),
    exact: isExact,
    working: isExact
      ? `${fmt(input)} ${from} ${op} ${factor} = ${fmt(shown)} ${to}`
      : `${fmt(input)} ${from} ${op} ${factor} = ${exactText} ≈ ${fmt(shown)} ${to}`,
  };
}

/**
 * The height as a plain number in the chosen unit when it was typed in feet and inches
 * ("5 ft 4 in" → "64" in inches, "162.56" in cm); undefined when it was not.
 *
 * @example feetInchesAsUnit("5'4", 'cm') //=> '162.56'
 */
export function feetInchesAsUnit(text: unknown, unit: HeightUnit): string | undefined {
  const parsed = parseFeetInches(text);
  if (!parsed) return undefined;
  return unit === 'in' ? parsed.totalInches : fmt(dec(parsed.totalInches).times(k(cmPerInch)));
}

/**
 * "5 ft 4 in = 64 in = 162.56 cm" for a height typed in feet and inches; undefined otherwise.
 */
export function describeFeetInches(text: unknown): string | undefined {
  const parsed = parseFeetInches(text);
  if (!parsed) return undefined;
  const cm = fmt(dec(parsed.totalInches).times(k(cmPerInch)));
  return `${parsed.feet} ft ${parsed.inches} in = ${parsed.totalInches} in = ${cm} cm (1 ft = 12 in, 1 in = 2.54 cm)`;
}

/**
 * A hint when a height typed as a decimal reads like feet and inches ("5.4", "5.11": 4 to 7 feet
 * and 0 to 11 inches after the point); undefined otherwise.
 *
 * @example feetInchesHint('5.4') //=> 'Did you mean 5 ft 4 in (64 in = 162.56 cm)? Type it as 5 ft 4 in.'
 */
export function feetInchesHint(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^([4-7])[.,](\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const inches = Number(match[2]);
  if (inches > 11) return undefined;
  const parsed = parseFeetInches(`${match[1]} ft ${inches} in`);
  if (!parsed) return undefined;
  const cm = fmt(dec(parsed.totalInches).times(k(cmPerInch)));
  return `Did you mean ${match[1]} ft ${inches} in (${parsed.totalInches} in = ${cm} cm)? Type it as ${match[1]} ft ${inches} in.`;
}

/** An example of a typed value in each unit, for messages. */
export const measurementExamples: Readonly<Record<MeasurementUnit, string>> = {
  cm: '170 or 172,5',
  in: '66 or 5 ft 6 in',
  kg: '70 or 72,5',
  lb: '154 or 154,5',
};

const unitWords: Readonly<Record<MeasurementUnit, string>> = {
  cm: 'cm',
  in: 'inches',
  kg: 'kg',
  lb: 'pounds (lb)',
};

/**
 * What to type when a measurement cannot be read, with an example in the unit chosen.
 *
 * @example measurementFormatMessage('weight', 'lb') //=> 'Enter the weight in pounds (lb) as a number, e.g. 154 or 154,5.'
 */
export function measurementFormatMessage(what: string, unit: MeasurementUnit): string {
  return `Enter the ${what} in ${unitWords[unit]} as a number, e.g. ${measurementExamples[unit]}.`;
}
