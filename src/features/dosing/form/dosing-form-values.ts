// The dosing form's values as typed, their defaults and the sentences for a missing required entry:
// everything the first screen needs before the schema and the calculation core
// (dosing-form.resource.ts) have loaded.
import type { Regimen, SiteOfCare } from '../../../domain';
import { isBlank } from '../../../lib/parse-number';

export type DosingFormValues = {
  height: string;
  heightUnit: 'cm' | 'in';
  weight: string;
  weightUnit: 'kg' | 'lb';
  dose: string;
  regimen: Regimen;
  liverEntry: 'multiple' | 'value';
  ast: string;
  alt: string;
  bilirubin: string;
  astUln: string;
  altUln: string;
  bilirubinUln: string;
  anc: string;
  platelets: string;
  cypInhibitor: boolean;
  cypInducer: boolean;
  infusionStart: string;
  infusionStop: string;
  acquired340B: boolean;
  siteOfCare: SiteOfCare;
  /** Weight at the last BSA calculation and its date (issue 5): a change ≥ 10% raises WEIGHT_CHANGE. */
  previousWeight: string;
  previousWeightUnit: 'kg' | 'lb';
  previousWeightDate: string;
};

export type DosingField = keyof DosingFormValues;

export const labelDoseText = '40';

export function dosingFormDefaults(siteOfCare: SiteOfCare): DosingFormValues {
  return {
    height: '',
    heightUnit: 'cm',
    weight: '',
    weightUnit: 'kg',
    dose: labelDoseText,
    regimen: 'monotherapy',
    liverEntry: 'multiple',
    ast: '',
    alt: '',
    bilirubin: '',
    astUln: '',
    altUln: '',
    bilirubinUln: '',
    anc: '',
    platelets: '',
    cypInhibitor: false,
    cypInducer: false,
    infusionStart: '',
    infusionStop: '',
    acquired340B: false,
    siteOfCare,
    previousWeight: '',
    previousWeightUnit: 'kg',
    previousWeightDate: '',
  };
}

/** What the results area asks for while a required entry is empty (the schema says the same). */
export const requiredEntryMessages = {
  height: 'Enter the height.',
  weight: 'Enter the weight.',
  dose: 'Enter the ordered dose in mg/m² (the label dose is 40).',
} as const satisfies Partial<Record<DosingField, string>>;

/**
 * The first screen's evaluation before the calculation core arrives: the required entries still
 * empty, in the words the schema uses, so the waiting list does not change when the core takes over.
 */
export function missingRequiredEntries(values: DosingFormValues): Partial<Record<DosingField, string>> {
  const errors: Partial<Record<DosingField, string>> = {};
  for (const field of ['height', 'weight', 'dose'] as const) {
    if (isBlank(values[field])) errors[field] = requiredEntryMessages[field];
  }
  return errors;
}
