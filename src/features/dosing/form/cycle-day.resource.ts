// The cycle-day inputs read from the parsed form: the kit sizes on hand, the kits actually opened,
// and "Since the last cycle" (the label's dose-modification table, read by the domain's
// toxicityFromObservations). Errors land on the field a nurse would correct.
import { type CalculationInput, type KitStrengthMg, toxicityFromObservations } from '../../../domain';
import type { DosingField, DosingFormValues, ParsedDosingForm } from './dosing-form.resource';

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

/** Whether anything in "Since the last cycle" other than the last dose was answered. */
function anyLastCycleAnswer(p: ParsedDosingForm): boolean {
  return (
    p.neuropathyGrade !== '' ||
    p.neuropathyDays !== undefined ||
    p.neuropathyDisabling ||
    p.otherGrade3 ||
    p.anyGrade4 ||
    p.lowestAnc !== undefined ||
    p.ancDaysBelow500 !== undefined ||
    p.febrileNeutropenia ||
    p.lowestPlatelets !== undefined ||
    p.bleeding ||
    p.recovered !== ''
  );
}

/** The kit and toxicity parts of the calculation input; errors are added per form field. */
export function readCycleDay(
  p: ParsedDosingForm,
  errors: Partial<Record<DosingField, string>>,
): Pick<CalculationInput, 'kitSizesMg' | 'kitsOpened' | 'toxicity'> {
  const out: Pick<CalculationInput, 'kitSizesMg' | 'kitsOpened' | 'toxicity'> = {
    kitSizesMg: kitSizesByChoice[p.kitSizes],
  };
  if (p.kitsOpened15 !== undefined || p.kitsOpened45 !== undefined) {
    out.kitsOpened = [
      { strengthMg: 45, count: p.kitsOpened45 ?? 0 },
      { strengthMg: 15, count: p.kitsOpened15 ?? 0 },
    ];
  }
  if (p.lastDose === undefined) {
    if (anyLastCycleAnswer(p))
      errors.lastDose = "Enter the last cycle's dose in mg/m²: the label's reductions start from it.";
    return out;
  }
  const read = toxicityFromObservations({
    previousDoseMgPerM2: p.lastDose,
    ...(p.neuropathyGrade === '' ? {} : { neuropathyGrade: Number(p.neuropathyGrade) as 0 | 1 | 2 | 3 | 4 }),
    ...(p.neuropathyDays === undefined ? {} : { neuropathyDays: p.neuropathyDays }),
    neuropathyDisabling: p.neuropathyDisabling,
    otherGrade3: p.otherGrade3,
    anyGrade4: p.anyGrade4,
    ...(p.lowestAnc === undefined ? {} : { lowestAncPerMm3: p.lowestAnc }),
    ...(p.ancDaysBelow500 === undefined ? {} : { ancDaysBelow500: p.ancDaysBelow500 }),
    febrileNeutropenia: p.febrileNeutropenia,
    ...(p.lowestPlatelets === undefined ? {} : { lowestPlateletsPerMm3: p.lowestPlatelets }),
    bleeding: p.bleeding,
    ...(p.recovered === '' ? {} : { nonhematologicRecovered: p.recovered === 'yes' }),
  });
  if (!read.ok) {
    for (const e of read.errors) errors[e.field] ??= e.message;
    return out;
  }
  out.toxicity = read.toxicity;
  return out;
}
