// The second checker's form: its values (text exactly as typed), defaults from the institution's
// policy only (never the first person's entries), and `evaluateSecondEntry`: typed text →
// DoubleCheckEntry, or an error per field in words a nurse understands. The resolver uses the same
// function, so the inline errors and the entry compared can never disagree.
import type { FieldErrors, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import {
  type BsaFormula,
  calculate,
  type DoubleCheckEntry,
  measurementFormatMessage,
  type Policy,
} from '../../domain';
import { requiredDecimal } from '../../lib/decimal-text-schema';

export type SecondCheckValues = {
  height: string;
  heightUnit: 'cm' | 'in';
  weight: string;
  weightUnit: 'kg' | 'lb';
  dose: string;
  bsaFormula: BsaFormula;
  bsaDecimals: '2' | 'none';
  doseDecimals: '0' | '1' | '2';
  vialRoundingPercent: '0' | '5' | '10';
  initials: string;
};

export type SecondCheckField = keyof SecondCheckValues;

/** The institution's formula and rounding, the form's starting choice: no patient value comes in. */
export type InstitutionPolicy = { bsaFormula: BsaFormula; policy: Required<Policy> };

export const defaultInstitutionPolicy: InstitutionPolicy = {
  bsaFormula: 'mosteller',
  policy: { bsaDecimals: 2, doseDecimals: 1, vialRoundingPercent: 0 },
};

/** Blank measurements and dose: the second checker types everything from the chart and the order. */
export function secondCheckDefaults(
  institution: InstitutionPolicy = defaultInstitutionPolicy,
): SecondCheckValues {
  const { policy } = institution;
  return {
    height: '',
    heightUnit: 'cm',
    weight: '',
    weightUnit: 'kg',
    dose: '',
    bsaFormula: institution.bsaFormula,
    bsaDecimals: policy.bsaDecimals === null ? 'none' : '2',
    doseDecimals: String(policy.doseDecimals) as SecondCheckValues['doseDecimals'],
    vialRoundingPercent: String(policy.vialRoundingPercent) as SecondCheckValues['vialRoundingPercent'],
    initials: '',
  };
}

/** Initials: a letter, then up to 7 more letters, points, hyphens or spaces ("AB", "A.B.", "J-P"). */
export const initialsPattern = /^\p{L}[\p{L}.\- ]{0,7}$/u;

/** The second entry's schema; the messages give their examples in the units chosen. */
export function secondCheckSchemaFor(units: Pick<SecondCheckValues, 'heightUnit' | 'weightUnit'>) {
  return z.object({
    height: requiredDecimal('Enter the height.', measurementFormatMessage('height', units.heightUnit)),
    heightUnit: z.enum(['cm', 'in']),
    weight: requiredDecimal('Enter the weight.', measurementFormatMessage('weight', units.weightUnit)),
    weightUnit: z.enum(['kg', 'lb']),
    dose: requiredDecimal(
      'Enter the ordered dose in mg/m² from the order.',
      'Enter the dose as a number, e.g. 40.',
    ),
    bsaFormula: z.enum(['mosteller', 'dubois', 'haycock', 'gehan-george', 'boyd']),
    bsaDecimals: z.enum(['2', 'none']),
    doseDecimals: z.enum(['0', '1', '2']),
    vialRoundingPercent: z.enum(['0', '5', '10']),
    initials: z.pipe(
      z.string(),
      z.transform((text, ctx) => {
        const trimmed = text.trim();
        if (!initialsPattern.test(trimmed)) {
          ctx.issues.push({
            code: 'custom',
            message: 'Enter your initials (letters), for the worksheet.',
            input: text,
          });
          return z.NEVER;
        }
        return trimmed;
      }),
    ),
  });
}

const schemas = new Map<string, ReturnType<typeof secondCheckSchemaFor>>();

/** The schema for these units, made once per pair of units. */
function schemaFor(units: Pick<SecondCheckValues, 'heightUnit' | 'weightUnit'>) {
  const key = `${units.heightUnit} ${units.weightUnit}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = secondCheckSchemaFor(units);
    schemas.set(key, schema);
  }
  return schema;
}

/** The schema with the default units (cm, kg). */
export const secondCheckSchema = schemaFor({ heightUnit: 'cm', weightUnit: 'kg' });

export type SecondEntryEvaluation =
  | { ok: true; entry: DoubleCheckEntry; initials: string }
  | { ok: false; errors: Partial<Record<SecondCheckField, string>> };

const domainFieldToForm: Readonly<Record<string, SecondCheckField>> = {
  height: 'height',
  weight: 'weight',
  doseMgPerM2: 'dose',
  bsaFormula: 'bsaFormula',
};

/**
 * Typed second-check values → the entry to compare, checked by the same rules as the first
 * calculation (ranges, units), or the errors per field.
 */
export function evaluateSecondEntry(values: SecondCheckValues): SecondEntryEvaluation {
  const errors: Partial<Record<SecondCheckField, string>> = {};
  const parsed = schemaFor(values).safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && !(field in errors)) errors[field as SecondCheckField] = issue.message;
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const entry: DoubleCheckEntry = {
    height: { value: v.height, unit: v.heightUnit },
    weight: { value: v.weight, unit: v.weightUnit },
    doseMgPerM2: v.dose,
    bsaFormula: v.bsaFormula,
    policy: {
      bsaDecimals: v.bsaDecimals === 'none' ? null : 2,
      doseDecimals: Number(v.doseDecimals) as 0 | 1 | 2,
      vialRoundingPercent: Number(v.vialRoundingPercent) as 0 | 5 | 10,
    },
  };
  const result = calculate(entry);
  if (!result.ok) {
    for (const error of result.errors) {
      const field = domainFieldToForm[error.field] ?? 'dose';
      if (!(field in errors)) errors[field] = error.message;
    }
    return { ok: false, errors };
  }
  return { ok: true, entry, initials: v.initials };
}

/** The react-hook-form resolver: the same evaluation, its errors placed on their fields. */
export const secondCheckResolver: Resolver<SecondCheckValues> = async (values) => {
  const evaluation = evaluateSecondEntry(values);
  if (evaluation.ok) return { values, errors: {} };
  const errors: FieldErrors<SecondCheckValues> = {};
  for (const [field, message] of Object.entries(evaluation.errors)) {
    errors[field as SecondCheckField] = { type: 'validate', message };
  }
  return { values: {}, errors };
};
