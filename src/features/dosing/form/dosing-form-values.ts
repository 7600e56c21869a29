// The dosing form's values as typed, their defaults and the sentences for a missing required entry:
// everything the first screen needs before the schema and the calculation core
// (dosing-form.resource.ts) have loaded.
import type { KitStrengthMg, Regimen, SiteOfCare } from '../../../domain';
import { isBlank } from '../../../lib/parse-number';

/** The kit-size choices on the form and in Settings. */
export type KitSizesChoice = 'both' | '45' | '15';

export const kitSizesByChoice: Readonly<Record<KitSizesChoice, KitStrengthMg[]>> = {
  both: [15, 45],
  '45': [45],
  '15': [15],
};

export const kitSizeOptions: readonly { value: KitSizesChoice; label: string }[] = [
  { value: 'both', label: '15 mg and 45 mg' },
  { value: '45', label: '45 mg only' },
  { value: '15', label: '15 mg only' },
];

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
  /** The ordered infusion time, minutes, for the pump rate (the label's 3 hours when empty). */
  orderedMinutes: string;
  acquired340B: boolean;
  siteOfCare: SiteOfCare;
  /** Weight at the last BSA calculation and its date: a change ≥ 10% raises WEIGHT_CHANGE. */
  previousWeight: string;
  previousWeightUnit: 'kg' | 'lb';
  previousWeightDate: string;
  /** Kit sizes on hand (default from Settings) and the kits actually opened, by strength. */
  kitSizes: KitSizesChoice;
  kitsOpened15: string;
  kitsOpened45: string;
  /** Since the last cycle (optional): the label's dose-modification table. */
  lastDose: string;
  neuropathyGrade: '' | '0' | '1' | '2' | '3' | '4';
  neuropathyDays: string;
  neuropathyDisabling: boolean;
  otherGrade3: boolean;
  anyGrade4: boolean;
  lowestAnc: string;
  ancDaysBelow500: string;
  febrileNeutropenia: boolean;
  lowestPlatelets: string;
  bleeding: boolean;
  recovered: '' | 'yes' | 'no';
};

export type DosingField = keyof DosingFormValues;

export const labelDoseText = '40';

/** "Since the last cycle", empty. */
export const lastCycleFields = {
  lastDose: '',
  neuropathyGrade: '',
  neuropathyDays: '',
  neuropathyDisabling: false,
  otherGrade3: false,
  anyGrade4: false,
  lowestAnc: '',
  ancDaysBelow500: '',
  febrileNeutropenia: false,
  lowestPlatelets: '',
  bleeding: false,
  recovered: '',
} as const satisfies Partial<DosingFormValues>;

export function dosingFormDefaults(
  siteOfCare: SiteOfCare,
  kitSizes: KitSizesChoice = 'both',
): DosingFormValues {
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
    orderedMinutes: '',
    acquired340B: false,
    siteOfCare,
    previousWeight: '',
    previousWeightUnit: 'kg',
    previousWeightDate: '',
    kitSizes,
    kitsOpened15: '',
    kitsOpened45: '',
    ...lastCycleFields,
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
