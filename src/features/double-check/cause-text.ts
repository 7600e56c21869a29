// Short names for a difference's cause, for the "Cause" column (the full sentence is listed below it).
import type { DifferenceCause, EntryField } from '../../domain';

const fieldNames: Record<EntryField, string> = {
  height: 'height',
  weight: 'weight',
  doseMgPerM2: 'ordered dose',
  bsaFormula: 'BSA formula',
  bsaDecimals: 'BSA rounding',
  doseDecimals: 'dose rounding',
  vialRoundingPercent: 'vial rounding',
};

/** "Possible typo in height: digits transposed", "Unit mix-up in weight: pounds entered as kg", "Different BSA formula". */
export function causeLabel(cause: DifferenceCause): string {
  const field = fieldNames[cause.field];
  switch (cause.kind) {
    case 'formula':
      return 'Different BSA formula';
    case 'rounding':
      return `Different rounding policy (${field})`;
    case 'typo': {
      const what = {
        transposed: 'digits transposed',
        'one-digit': 'one digit different',
        'decimal-shift': 'decimal point shifted',
      } as const;
      return cause.typo ? `Possible typo in ${field}: ${what[cause.typo]}` : `Possible typo in ${field}`;
    }
    case 'unit': {
      const what = {
        'in-as-cm': 'inches entered as cm',
        'cm-as-in': 'cm entered as inches',
        'lb-as-kg': 'pounds entered as kg',
        'kg-as-lb': 'kg entered as pounds',
        'different-units': 'entered in different units',
      } as const;
      return `Unit mix-up in ${field}: ${what[cause.unitMixUp ?? 'different-units']}`;
    }
    case 'entry':
      return `Different ${field}`;
    default:
      return cause.kind satisfies never;
  }
}
