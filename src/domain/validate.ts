// Validation of the calculation input: accepts anything (strings, null, NaN, nested garbage),
// converts height and weight with exact factors, and returns either the normalized input or one
// error per bad field, in a sentence a nurse understands. Never throws.
import { isBsaFormula } from './bsa';
import { type Dec, dec, fmt, k } from './decimal';
import { cmPerInch, kgPerPound, limits } from './facts';
import { infusionMinutesBetween } from './infusion-time';
import { validateKitSizes, validateKitsOpened } from './kits-opened';
import { validateToxicity } from './toxicity';
import type {
  BsaFormula,
  FieldError,
  KitStrengthMg,
  Modifier340B,
  Regimen,
  ToxicityInput,
  VialCount,
  WeightUnit,
} from './types';

export type NormalizedInput = {
  heightCm: Dec;
  weightKg: Dec;
  heightEntered: { value: Dec; unit: 'cm' | 'in' };
  weightEntered: { value: Dec; unit: WeightUnit };
  doseMgPerM2: Dec;
  /** The ordered dose as entered, for exact comparisons with label thresholds. */
  doseMgPerM2Value: number;
  regimen: Regimen;
  bsaFormula: BsaFormula;
  bsaDecimals: 2 | null;
  doseDecimals: 0 | 1 | 2;
  vialRoundingPercent: 0 | 5 | 10;
  /** Lab values as entered (compared exactly against binary64 thresholds: see checks.ts). */
  labs: { astXUln?: number; altXUln?: number; bilirubinXUln?: number; anc?: number; platelets?: number };
  strongCyp3a4Inhibitor: boolean;
  strongCyp3a4Inducer: boolean;
  infusionMinutes?: Dec;
  /** The infusion times the minutes were worked out from, as "HH:MM". */
  infusionTimes?: { start: string; stop: string };
  modifier340B?: Modifier340B;
  previousWeightKg?: Dec;
  kitSizesMg: KitStrengthMg[];
  kitsOpened?: VialCount[];
  toxicity?: ToxicityInput;
};

type Validated = { ok: true; input: NormalizedInput } | { ok: false; errors: FieldError[] };

const labFields = [
  ['astXUln', 'AST (× ULN)'],
  ['altXUln', 'ALT (× ULN)'],
  ['bilirubinXUln', 'Bilirubin (× ULN)'],
  ['anc', 'ANC'],
  ['platelets', 'Platelets'],
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Absent means undefined or null: optional fields left empty. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function cm(value: Dec, unit: 'cm' | 'in'): Dec {
  return unit === 'in' ? value.times(k(cmPerInch)) : value;
}

function kg(value: Dec, unit: WeightUnit): Dec {
  return unit === 'lb' ? value.times(k(kgPerPound)) : value;
}

function shown(value: Dec, unit: string, converted: Dec, base: string): string {
  return unit === base
    ? `${fmt(value)} ${unit}`
    : `${fmt(value)} ${unit} (${fmt(converted.toDecimalPlaces(1))} ${base})`;
}

function measurement<U extends string>(
  raw: unknown,
  field: 'height' | 'weight' | 'previousWeight',
  label: string,
  units: readonly [U, U],
  errors: FieldError[],
): { value: Dec; unit: U } | undefined {
  if (!isRecord(raw)) {
    errors.push({
      field,
      message: `Enter the ${label.toLowerCase()} with its unit (${units.join(' or ')}).`,
    });
    return undefined;
  }
  const unit = raw.unit;
  if (typeof unit !== 'string' || !(units as readonly string[]).includes(unit)) {
    errors.push({ field, message: `Choose the ${label.toLowerCase()} unit: ${units.join(' or ')}.` });
    return undefined;
  }
  if (!isFiniteNumber(raw.value)) {
    errors.push({ field, message: `Enter the ${label.toLowerCase()} as a number.` });
    return undefined;
  }
  return { value: dec(raw.value), unit: unit as U };
}

/** Checks every field of an unknown input; one error per bad field. */
export function validateInput(raw: unknown): Validated {
  const errors: FieldError[] = [];
  const input = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) {
    errors.push({
      field: 'input',
      message: 'No measurements were given: enter height, weight and the ordered dose.',
    });
  }

  const height = measurement(input.height, 'height', 'Height', ['cm', 'in'] as const, errors);
  let heightCm: Dec | undefined;
  if (height) {
    heightCm = cm(height.value, height.unit);
    const { min, max } = limits.heightCm;
    if (heightCm.lessThan(k(min)) || heightCm.greaterThan(k(max))) {
      errors.push({
        field: 'height',
        message: `Height ${shown(height.value, height.unit, heightCm, 'cm')} is outside ${min}–${max} cm — check the unit.`,
      });
    }
  }

  const weight = measurement(input.weight, 'weight', 'Weight', ['kg', 'lb'] as const, errors);
  let weightKg: Dec | undefined;
  if (weight) {
    weightKg = kg(weight.value, weight.unit);
    const { min, max } = limits.weightKg;
    if (weightKg.lessThan(k(min)) || weightKg.greaterThan(k(max))) {
      errors.push({
        field: 'weight',
        message: `Weight ${shown(weight.value, weight.unit, weightKg, 'kg')} is outside ${min}–${max} kg — check the unit.`,
      });
    }
  }

  let doseMgPerM2: Dec | undefined;
  if (!isFiniteNumber(input.doseMgPerM2)) {
    errors.push({
      field: 'doseMgPerM2',
      message: 'Enter the ordered dose in mg/m² as a number (the label dose is 40).',
    });
  } else {
    doseMgPerM2 = dec(input.doseMgPerM2);
    if (doseMgPerM2.lessThanOrEqualTo(k(0)) || doseMgPerM2.greaterThan(k(limits.doseMgPerM2.max))) {
      errors.push({
        field: 'doseMgPerM2',
        message: `Dose ${fmt(doseMgPerM2)} mg/m² is outside what the label allows: more than 0 and at most ${limits.doseMgPerM2.max} mg/m².`,
      });
    }
  }

  let regimen: Regimen = 'monotherapy';
  if (!isAbsent(input.regimen)) {
    if (input.regimen === 'monotherapy' || input.regimen === 'with-capecitabine') regimen = input.regimen;
    else
      errors.push({
        field: 'regimen',
        message: 'Choose the regimen: ixabepilone alone, or with capecitabine.',
      });
  }

  let bsaFormula: BsaFormula = 'mosteller';
  if (!isAbsent(input.bsaFormula)) {
    if (isBsaFormula(input.bsaFormula)) bsaFormula = input.bsaFormula;
    else
      errors.push({
        field: 'bsaFormula',
        message: 'Choose a BSA formula: Mosteller, Du Bois, Haycock, Gehan & George or Boyd.',
      });
  }

  let bsaDecimals: 2 | null = 2;
  let doseDecimals: 0 | 1 | 2 = 1;
  let vialRoundingPercent: 0 | 5 | 10 = 0;
  if (!isAbsent(input.policy) && !isRecord(input.policy)) {
    errors.push({ field: 'policy', message: 'The rounding policy is not readable: reset the settings.' });
  } else if (isRecord(input.policy)) {
    const p = input.policy;
    if (p.bsaDecimals === 2 || p.bsaDecimals === null) bsaDecimals = p.bsaDecimals;
    else if (p.bsaDecimals !== undefined)
      errors.push({ field: 'policy.bsaDecimals', message: 'BSA rounding must be to 0.01 m² or none.' });
    if (p.doseDecimals === 0 || p.doseDecimals === 1 || p.doseDecimals === 2) doseDecimals = p.doseDecimals;
    else if (!isAbsent(p.doseDecimals))
      errors.push({ field: 'policy.doseDecimals', message: 'Dose rounding must be to 1, 0.1 or 0.01 mg.' });
    if (p.vialRoundingPercent === 0 || p.vialRoundingPercent === 5 || p.vialRoundingPercent === 10)
      vialRoundingPercent = p.vialRoundingPercent;
    else if (!isAbsent(p.vialRoundingPercent))
      errors.push({ field: 'policy.vialRoundingPercent', message: 'Vial rounding must be off, 5% or 10%.' });
  }

  const labs: NormalizedInput['labs'] = {};
  if (!isAbsent(input.labs) && !isRecord(input.labs)) {
    errors.push({ field: 'labs', message: 'The lab values are not readable: enter them again.' });
  } else if (isRecord(input.labs)) {
    for (const [key, label] of labFields) {
      const value = input.labs[key];
      if (isAbsent(value)) continue;
      if (!isFiniteNumber(value) || value < 0) {
        errors.push({ field: `labs.${key}`, message: `${label} must be a number of 0 or more.` });
      } else {
        labs[key] = value;
      }
    }
  }

  const flags = { strongCyp3a4Inhibitor: false, strongCyp3a4Inducer: false };
  for (const key of ['strongCyp3a4Inhibitor', 'strongCyp3a4Inducer'] as const) {
    const value = input[key];
    if (isAbsent(value)) continue;
    if (typeof value === 'boolean') flags[key] = value;
    else errors.push({ field: key, message: 'Answer yes or no.' });
  }

  let infusionMinutes: Dec | undefined;
  if (!isAbsent(input.infusionMinutes)) {
    const { min, max } = limits.infusionMinutes;
    const value = input.infusionMinutes;
    if (!isFiniteNumber(value) || value < min || value > max) {
      errors.push({
        field: 'infusionMinutes',
        message: `Infusion time must be ${min}–${max} minutes — check the start and stop times.`,
      });
    } else {
      infusionMinutes = dec(value);
    }
  }
  // Start and stop, when given, decide the minutes (next-day rule); equal or unreadable times are errors.
  let infusionTimes: { start: string; stop: string } | undefined;
  if (!isAbsent(input.infusionTimes)) {
    const times = isRecord(input.infusionTimes) ? input.infusionTimes : {};
    const between = infusionMinutesBetween(String(times.start ?? ''), String(times.stop ?? ''));
    if (between.ok) {
      infusionMinutes = dec(between.minutes);
      infusionTimes = { start: String(times.start).trim(), stop: String(times.stop).trim() };
    } else {
      errors.push({
        field: between.field === 'infusionStart' ? 'infusionTimes.start' : 'infusionTimes.stop',
        message: between.message,
      });
    }
  }

  let modifier340B: Modifier340B | undefined;
  if (!isAbsent(input.modifier340B)) {
    if (input.modifier340B === 'JG' || input.modifier340B === 'TB') modifier340B = input.modifier340B;
    else errors.push({ field: 'modifier340B', message: 'The 340B modifier must be JG or TB.' });
  }

  let previousWeightKg: Dec | undefined;
  if (!isAbsent(input.previousWeight)) {
    const prev = measurement(
      input.previousWeight,
      'previousWeight',
      'Previous weight',
      ['kg', 'lb'] as const,
      errors,
    );
    if (prev) {
      previousWeightKg = kg(prev.value, prev.unit);
      const { min, max } = limits.weightKg;
      if (previousWeightKg.lessThan(k(min)) || previousWeightKg.greaterThan(k(max))) {
        errors.push({
          field: 'previousWeight',
          message: `Previous weight ${shown(prev.value, prev.unit, previousWeightKg, 'kg')} is outside ${min}–${max} kg — check the unit.`,
        });
        previousWeightKg = undefined;
      }
    }
  }

  const kitSizesMg = validateKitSizes(input.kitSizesMg, errors);
  const kitsOpened = validateKitsOpened(input.kitsOpened, errors);
  const toxicity = validateToxicity(input.toxicity, errors);

  if (errors.length > 0 || !height || !weight || !heightCm || !weightKg || !doseMgPerM2) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      heightCm,
      weightKg,
      heightEntered: height,
      weightEntered: weight,
      doseMgPerM2,
      doseMgPerM2Value: doseMgPerM2.toNumber(),
      regimen,
      bsaFormula,
      bsaDecimals,
      doseDecimals,
      vialRoundingPercent,
      labs,
      ...flags,
      ...(infusionMinutes ? { infusionMinutes } : {}),
      ...(infusionTimes ? { infusionTimes } : {}),
      ...(modifier340B ? { modifier340B } : {}),
      ...(previousWeightKg ? { previousWeightKg } : {}),
      kitSizesMg,
      ...(kitsOpened ? { kitsOpened } : {}),
      ...(toxicity ? { toxicity } : {}),
    },
  };
}
