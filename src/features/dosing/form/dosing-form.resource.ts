// The dosing form's schema (zod/mini), its defaults, and `evaluateDosingForm`: typed text →
// CalculationInput → calculate(). One pure function gives both the inline errors (through the
// resolver) and the live result, so the two can never disagree. The form holds text exactly as
// typed; numbers are parsed here ("72,5" → 72.5).
import type { FieldErrors, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import type { CalculationInput, CalculationSuccess } from '../../../domain';
import {
  calculate,
  clockMinutes,
  feetInchesAsUnit,
  feetInchesHint,
  formatClockTime,
  infusionMinutesBetween,
  measurementFormatMessage,
  multipleOfUln,
} from '../../../domain';
import { requiredDecimal } from '../../../lib/decimal-text-schema';
import { isBlank, parseCountText, parseDecimalText } from '../../../lib/parse-number';
import { defaultSettings, type Settings } from '../settings/settings';
import { readCycleDay } from './cycle-day.resource';
import { type DosingField, type DosingFormValues, requiredEntryMessages } from './dosing-form-values';

export type { DosingField, DosingFormValues } from './dosing-form-values';
export { dosingFormDefaults, labelDoseText } from './dosing-form-values';

/** An optional decimal: empty → undefined. */
const optionalDecimal = (bad: string) =>
  z.pipe(
    z.string(),
    z.transform((text, ctx) => {
      if (isBlank(text)) return undefined;
      const value = parseDecimalText(text);
      if (value === undefined) {
        ctx.issues.push({ code: 'custom', message: bad, input: text });
        return z.NEVER;
      }
      return value;
    }),
  );

/** An optional whole count (thousands separators allowed): empty → undefined. */
const optionalCount = (bad: string) =>
  z.pipe(
    z.string(),
    z.transform((text, ctx) => {
      if (isBlank(text)) return undefined;
      const value = parseCountText(text);
      if (value === undefined) {
        ctx.issues.push({ code: 'custom', message: bad, input: text });
        return z.NEVER;
      }
      return value;
    }),
  );

const liverBad = (name: string) => `Enter ${name} as a number, e.g. 1,5 or 1.5.`;

type Units = Pick<DosingFormValues, 'heightUnit' | 'weightUnit' | 'previousWeightUnit'>;

/** "Enter the height in inches as a number, e.g. 66 or 5 ft 6 in.": the example in the unit chosen. */
const badMeasurement = measurementFormatMessage;

/** The form's schema; the messages give their examples in the units chosen. */
export function dosingFormSchemaFor(units: Units) {
  return z.object({
    height: requiredDecimal(requiredEntryMessages.height, badMeasurement('height', units.heightUnit)),
    heightUnit: z.enum(['cm', 'in']),
    weight: requiredDecimal(requiredEntryMessages.weight, badMeasurement('weight', units.weightUnit)),
    weightUnit: z.enum(['kg', 'lb']),
    dose: requiredDecimal(requiredEntryMessages.dose, 'Enter the dose as a number, e.g. 40.'),
    regimen: z.enum(['monotherapy', 'with-capecitabine']),
    liverEntry: z.enum(['multiple', 'value']),
    ast: optionalDecimal(liverBad('AST')),
    alt: optionalDecimal(liverBad('ALT')),
    bilirubin: optionalDecimal(liverBad('bilirubin')),
    astUln: optionalDecimal(liverBad('the AST upper limit of normal')),
    altUln: optionalDecimal(liverBad('the ALT upper limit of normal')),
    bilirubinUln: optionalDecimal(liverBad('the bilirubin upper limit of normal')),
    anc: optionalCount('Enter the ANC in cells/mm³ as a whole number, e.g. 1500 (not 1.5 × 10³/µL).'),
    platelets: optionalCount(
      'Enter the platelets per mm³ as a whole number, e.g. 150000 (not 150 × 10³/µL).',
    ),
    cypInhibitor: z.boolean(),
    cypInducer: z.boolean(),
    infusionStart: z.string(),
    infusionStop: z.string(),
    orderedMinutes: optionalCount('Enter the ordered infusion time in whole minutes, e.g. 180.'),
    acquired340B: z.boolean(),
    siteOfCare: z.enum(['office', 'hospital-outpatient']),
    previousWeight: optionalDecimal(badMeasurement('previous weight', units.previousWeightUnit)),
    previousWeightUnit: z.enum(['kg', 'lb']),
    previousWeightDate: z.string(),
    kitSizes: z.enum(['both', '45', '15']),
    kitsOpened15: optionalCount('Enter the number of 15 mg kits opened as a whole number, e.g. 2.'),
    kitsOpened45: optionalCount('Enter the number of 45 mg kits opened as a whole number, e.g. 1.'),
    lastDose: optionalDecimal("Enter the last cycle's dose in mg/m² as a number, e.g. 40 or 32."),
    neuropathyGrade: z.enum(['', '0', '1', '2', '3', '4']),
    neuropathyDays: optionalCount('Enter the days as a whole number, e.g. 7.'),
    neuropathyDisabling: z.boolean(),
    otherGrade3: z.boolean(),
    anyGrade4: z.boolean(),
    lowestAnc: optionalCount('Enter the lowest ANC in cells/mm³ as a whole number, e.g. 450.'),
    ancDaysBelow500: optionalCount('Enter the days as a whole number, e.g. 7.'),
    febrileNeutropenia: z.boolean(),
    lowestPlatelets: optionalCount('Enter the lowest platelets per mm³ as a whole number, e.g. 24,000.'),
    bleeding: z.boolean(),
    recovered: z.enum(['', 'yes', 'no']),
  });
}

const schemas = new Map<string, ReturnType<typeof dosingFormSchemaFor>>();
function schemaFor(units: Units) {
  const key = `${units.heightUnit} ${units.weightUnit} ${units.previousWeightUnit}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = dosingFormSchemaFor(units);
    schemas.set(key, schema);
  }
  return schema;
}

/** The schema with the default units (cm, kg). */
export const dosingFormSchema = schemaFor({ heightUnit: 'cm', weightUnit: 'kg', previousWeightUnit: 'kg' });

export type ParsedDosingForm = z.output<ReturnType<typeof dosingFormSchemaFor>>;

export type LabsInXUln = {
  astXUln?: number;
  altXUln?: number;
  bilirubinXUln?: number;
  anc?: number;
  platelets?: number;
};

export type InfusionTimes = { start: string; stop: string; minutes: number; crossesMidnight: boolean };

export type DosingEvaluation =
  | {
      ok: true;
      parsed: ParsedDosingForm;
      input: CalculationInput;
      result: CalculationSuccess;
      labs: LabsInXUln;
      infusion?: InfusionTimes;
    }
  | {
      ok: false;
      errors: Partial<Record<DosingField, string>>;
      /** The entries parse but the calculation core has not arrived yet. */
    };

/** Where a domain error's field shows on the form. */
const domainFieldToForm: Readonly<Record<string, DosingField>> = {
  height: 'height',
  weight: 'weight',
  doseMgPerM2: 'dose',
  regimen: 'regimen',
  'labs.astXUln': 'ast',
  'labs.altXUln': 'alt',
  'labs.bilirubinXUln': 'bilirubin',
  'labs.anc': 'anc',
  'labs.platelets': 'platelets',
  infusionMinutes: 'infusionStop',
  'infusionTimes.start': 'infusionStart',
  'infusionTimes.stop': 'infusionStop',
  orderedInfusionMinutes: 'orderedMinutes',
  modifier340B: 'acquired340B',
  previousWeight: 'previousWeight',
  kitSizesMg: 'kitSizes',
  kitsOpened: 'kitsOpened15',
  'toxicity.previousDoseMgPerM2': 'lastDose',
  'toxicity.neuropathy7DaysOrMore': 'neuropathyDays',
};

type LiverKey = 'ast' | 'alt' | 'bilirubin';
const liverNames: Record<LiverKey, string> = { ast: 'AST', alt: 'ALT', bilirubin: 'bilirubin' };

function liverMultiples(parsed: ParsedDosingForm, errors: Partial<Record<DosingField, string>>): LabsInXUln {
  const out: LabsInXUln = {};
  const target = { ast: 'astXUln', alt: 'altXUln', bilirubin: 'bilirubinXUln' } as const;
  for (const key of ['ast', 'alt', 'bilirubin'] as const) {
    const value = parsed[key];
    if (parsed.liverEntry === 'multiple') {
      if (value !== undefined) out[target[key]] = value;
      continue;
    }
    const ulnKey = `${key}Uln` as const;
    const uln = parsed[ulnKey];
    if (value === undefined && uln === undefined) continue;
    if (value === undefined) {
      errors[key] = `Enter the ${liverNames[key]} value too, or clear its upper limit of normal.`;
      continue;
    }
    if (uln === undefined) {
      errors[ulnKey] = `Enter the ${liverNames[key]} upper limit of normal from the lab report.`;
      continue;
    }
    const multiple = multipleOfUln(value, uln);
    if (multiple === undefined) {
      errors[ulnKey] = `The ${liverNames[key]} upper limit of normal must be more than 0.`;
      continue;
    }
    out[target[key]] = multiple;
  }
  return out;
}

/** A height error on "5.4" adds: did you mean 5 ft 4 in? */
function withFeetInchesHint(
  errors: Partial<Record<DosingField, string>>,
  heightText: string,
): Partial<Record<DosingField, string>> {
  const hint = errors.height ? feetInchesHint(heightText) : undefined;
  return hint ? { ...errors, height: `${errors.height} ${hint}` } : errors;
}

/**
 * Typed form values → the calculation, or the errors per field in words a nurse understands.
 * Settings supply the institution policy (formula, rounding, 340B modifier).
 */
export function evaluateDosingForm(
  values: DosingFormValues,
  settings: Settings = defaultSettings,
): DosingEvaluation {
  const errors: Partial<Record<DosingField, string>> = {};
  // A height in feet and inches ("5 ft 4 in") is read as the exact number in the unit chosen.
  const heightInUnit = feetInchesAsUnit(values.height, values.heightUnit);
  const parsedResult = schemaFor(values).safeParse(
    heightInUnit === undefined ? values : { ...values, height: heightInUnit },
  );
  if (!parsedResult.success) {
    for (const issue of parsedResult.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && !(field in errors)) {
        errors[field as DosingField] = issue.message;
      }
    }
    return { ok: false, errors: withFeetInchesHint(errors, values.height) };
  }
  const parsed = parsedResult.data;
  const labs = liverMultiples(parsed, errors);
  if (parsed.anc !== undefined) labs.anc = parsed.anc;
  if (parsed.platelets !== undefined) labs.platelets = parsed.platelets;

  let infusion: InfusionTimes | undefined;
  const startBlank = isBlank(parsed.infusionStart);
  const stopBlank = isBlank(parsed.infusionStop);
  if (startBlank !== stopBlank) {
    errors[startBlank ? 'infusionStart' : 'infusionStop'] =
      `Enter the infusion ${startBlank ? 'start' : 'stop'} time too (both are needed for 96413/96415).`;
  } else if (!startBlank) {
    const minutes = infusionMinutesBetween(parsed.infusionStart, parsed.infusionStop);
    if (minutes.ok) {
      infusion = {
        start: formatClockTime(clockMinutes(parsed.infusionStart) ?? 0),
        stop: formatClockTime(clockMinutes(parsed.infusionStop) ?? 0),
        minutes: minutes.minutes,
        crossesMidnight: minutes.crossesMidnight,
      };
    } else {
      errors[minutes.field] = minutes.message;
    }
  }

  const cycleDay = readCycleDay(parsed, errors);

  const input: CalculationInput = {
    height: { value: parsed.height, unit: parsed.heightUnit },
    weight: { value: parsed.weight, unit: parsed.weightUnit },
    doseMgPerM2: parsed.dose,
    regimen: parsed.regimen,
    bsaFormula: settings.bsaFormula,
    policy: {
      bsaDecimals: settings.bsaDecimals,
      doseDecimals: settings.doseDecimals,
      vialRoundingPercent: settings.vialRoundingPercent,
    },
    labs,
    strongCyp3a4Inhibitor: parsed.cypInhibitor,
    strongCyp3a4Inducer: parsed.cypInducer,
    // The domain works the minutes out from the times (and stops on times that cannot be right).
    ...(infusion ? { infusionTimes: { start: infusion.start, stop: infusion.stop } } : {}),
    ...(parsed.orderedMinutes !== undefined ? { orderedInfusionMinutes: parsed.orderedMinutes } : {}),
    ...(parsed.acquired340B ? { modifier340B: settings.modifier340B } : {}),
    ...(parsed.previousWeight !== undefined
      ? { previousWeight: { value: parsed.previousWeight, unit: parsed.previousWeightUnit } }
      : {}),
    ...cycleDay,
  };
  const result = calculate(input);
  if (!result.ok) {
    for (const error of result.errors) {
      const field = domainFieldToForm[error.field];
      if (field && !(field in errors)) errors[field] = error.message;
    }
    if (Object.keys(errors).length === 0) {
      // A policy error: the settings are at fault, not the nurse's entries.
      errors.dose = result.errors[0]?.message ?? 'The calculation could not be done: check the settings.';
    }
  }
  if (Object.keys(errors).length > 0 || !result.ok)
    return { ok: false, errors: withFeetInchesHint(errors, values.height) };
  return { ok: true, parsed, input, result, labs, ...(infusion ? { infusion } : {}) };
}

/** The react-hook-form resolver: the same evaluation, its errors placed on their fields. */
export const dosingFormResolver: Resolver<DosingFormValues> = async (values) => {
  const evaluation = evaluateDosingForm(values, defaultSettings);
  if (evaluation.ok) return { values, errors: {} };
  const errors: FieldErrors<DosingFormValues> = {};
  for (const [field, message] of Object.entries(evaluation.errors)) {
    errors[field as DosingField] = { type: 'validate', message };
  }
  return { values: {}, errors };
};
