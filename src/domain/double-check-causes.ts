// The double check's causes: for two entries that differ, which input differs and why, where it can be
// told: a different formula, a unit mix-up (inches entered as cm, pounds as kg), a different rounding
// policy, or a typo (digits transposed, one digit different, the decimal point shifted). Used by
// compareDoubleCheck (double-check.ts). Pure: no clock, no I/O; never throws.
import { bsaFormulaInfo } from './bsa';
import { type Dec, dec, fmt } from './decimal';
import type {
  DoubleCheckEntry,
  EntryComparison,
  EntryField,
  Side,
  TypoKind,
  UnitMixUp,
} from './double-check';
import { cmPerInch, kgPerPound } from './facts';
import type { Policy } from './types';

/** A ratio within 1% of a conversion factor counts as that factor (entries are typed to 0.1 or so). */
const factorTolerance = dec('0.01');
const lbPerKg = dec(1).dividedBy(kgPerPound);

const sideName: Record<Side, string> = { first: 'the first entry', second: 'the second entry' };

export const fieldLabels: Record<EntryField, string> = {
  height: 'Height',
  weight: 'Weight',
  doseMgPerM2: 'Ordered dose',
  bsaFormula: 'BSA formula',
  bsaDecimals: 'BSA rounding',
  doseDecimals: 'Dose rounding',
  vialRoundingPercent: 'Vial rounding',
};

/** Which entries each result value depends on. */
export const bsaInputs: readonly EntryField[] = ['height', 'weight', 'bsaFormula', 'bsaDecimals'];
export const doseInputs: readonly EntryField[] = [
  ...bsaInputs,
  'doseMgPerM2',
  'doseDecimals',
  'vialRoundingPercent',
];

type Normalized = { bsaDecimals: 2 | null; doseDecimals: 0 | 1 | 2; vialRoundingPercent: 0 | 5 | 10 };

function normalizedPolicy(policy: Policy | undefined): Normalized {
  return {
    bsaDecimals: policy?.bsaDecimals === undefined ? 2 : policy.bsaDecimals,
    doseDecimals: policy?.doseDecimals ?? 1,
    vialRoundingPercent: policy?.vialRoundingPercent ?? 0,
  };
}

const policyText = {
  bsaDecimals: (v: Normalized['bsaDecimals']) => (v === null ? 'none (unrounded)' : 'half-up to 0.01 m²'),
  doseDecimals: (v: Normalized['doseDecimals']) => `half-up to ${['1', '0.1', '0.01'][v]} mg`,
  vialRoundingPercent: (v: Normalized['vialRoundingPercent']) =>
    v === 0 ? 'off' : `nearest vial within ${v}%`,
};

/**
 * Which typo turns one typed number into the other, if any: the decimal point shifted (a factor of
 * 10, 100 or 1000), two adjacent digits transposed, or exactly one digit different.
 *
 * @example typoBetween(dec('72.5'), dec('75.2')) //=> 'transposed'
 * @example typoBetween(dec(170), dec(176)) //=> 'one-digit'
 * @example typoBetween(dec(40), dec(4)) //=> 'decimal-shift'
 */
export function typoBetween(a: Dec, b: Dec): TypoKind | undefined {
  if (a.equals(b) || a.isZero() || b.isZero()) return undefined;
  const [small, large] = a.lessThan(b) ? [a, b] : [b, a];
  const ratio = large.dividedBy(small);
  if (ratio.equals(10) || ratio.equals(100) || ratio.equals(1000)) return 'decimal-shift';
  const places = Math.max(a.decimalPlaces(), b.decimalPlaces());
  const da = a.toFixed(places).replace('.', '');
  const db = b.toFixed(places).replace('.', '');
  if (da.length !== db.length) return undefined;
  const differing: number[] = [];
  for (let i = 0; i < da.length; i += 1) if (da[i] !== db[i]) differing.push(i);
  if (differing.length === 1) return 'one-digit';
  const [i, j] = differing;
  if (differing.length === 2 && i !== undefined && j === i + 1 && da[i] === db[j] && da[j] === db[i]) {
    return 'transposed';
  }
  return undefined;
}

const typoText: Record<TypoKind, string> = {
  transposed: 'two digits transposed',
  'one-digit': 'one digit different',
  'decimal-shift': 'the decimal point shifted',
};

type Measured = { value: Dec; unit: string; base: Dec };

function shownMeasure(m: Measured, baseUnit: string): string {
  return m.unit === baseUnit
    ? `${fmt(m.value)} ${m.unit}`
    : `${fmt(m.value)} ${m.unit} (${fmt(m.base.toDecimalPlaces(2))} ${baseUnit})`;
}

function nearFactor(ratio: Dec, factor: Dec | string): boolean {
  return ratio.dividedBy(factor).minus(1).abs().lessThanOrEqualTo(factorTolerance);
}

/** Height or weight: the same after conversion, a unit mix-up, a typo, or a plain different value. */
function measurementCause(
  field: 'height' | 'weight',
  first: Measured,
  second: Measured,
): Omit<EntryComparison, 'field' | 'label'> {
  const baseUnit = field === 'height' ? 'cm' : 'kg';
  const shown = { first: shownMeasure(first, baseUnit), second: shownMeasure(second, baseUnit) };
  if (first.base.equals(second.base)) return { ...shown, same: true };
  const label = fieldLabels[field];
  const both = `${label}: ${shown.first} (first) and ${shown.second} (second)`;

  const [smallSide, largeSide]: [Side, Side] = first.base.lessThan(second.base)
    ? ['first', 'second']
    : ['second', 'first'];
  const by = { first, second };
  const small = by[smallSide];
  const large = by[largeSide];
  const ratio = large.base.dividedBy(small.base);
  const factor = field === 'height' ? dec(cmPerInch) : lbPerKg;
  if (nearFactor(ratio, factor)) {
    const factorText = field === 'height' ? '2.54' : '2.2046';
    let mixUp: UnitMixUp = 'different-units';
    let suspect: Side | undefined;
    // The same number with two units (90 cm and 90 in): either could carry the wrong unit.
    if (first.value.equals(second.value)) suspect = undefined;
    else if (field === 'height' && small.unit === 'cm') [mixUp, suspect] = ['in-as-cm', smallSide];
    else if (field === 'height' && large.unit === 'in') [mixUp, suspect] = ['cm-as-in', largeSide];
    else if (field === 'weight' && large.unit === 'kg') [mixUp, suspect] = ['lb-as-kg', largeSide];
    else if (field === 'weight' && small.unit === 'lb') [mixUp, suspect] = ['kg-as-lb', smallSide];
    const what: Record<UnitMixUp, string> = {
      'in-as-cm': 'inches entered as cm',
      'cm-as-in': 'centimetres entered as inches',
      'lb-as-kg': 'pounds entered as kg',
      'kg-as-lb': 'kilograms entered as lb',
      'different-units': field === 'height' ? 'a mix-up of inches and cm' : 'a mix-up of pounds and kg',
    };
    let whose = `this looks like ${what[mixUp]}`;
    if (suspect) whose = `${sideName[suspect]} looks like ${what[mixUp]}`;
    else if (first.value.equals(second.value))
      whose = 'the same number with two units — one of them is wrong';
    return {
      ...shown,
      same: false,
      cause: {
        field,
        kind: 'unit',
        unitMixUp: mixUp,
        ...(suspect ? { suspect } : {}),
        message: `${both} differ by a factor of ${factorText}: ${whose}.`,
      },
    };
  }

  if (first.unit === second.unit) {
    const typo = typoBetween(first.value, second.value);
    if (typo) {
      return {
        ...shown,
        same: false,
        cause: { field, kind: 'typo', typo, message: `${both}: ${typoText[typo]} — a typo?` },
      };
    }
    return { ...shown, same: false, cause: { field, kind: 'entry', message: `${both} differ.` } };
  }

  // Different units, close after conversion: the conversion (or its rounding) is the difference.
  const gap = large.base.minus(small.base);
  if (gap.dividedBy(small.base).lessThanOrEqualTo(factorTolerance)) {
    return {
      ...shown,
      same: false,
      cause: {
        field,
        kind: 'unit',
        unitMixUp: 'different-units',
        message: `${both} were entered in different units and differ by ${fmt(gap.toDecimalPlaces(2))} ${baseUnit} after conversion.`,
      },
    };
  }
  return { ...shown, same: false, cause: { field, kind: 'entry', message: `${both} differ.` } };
}

export function compareEntries(a: DoubleCheckEntry, b: DoubleCheckEntry): EntryComparison[] {
  const measured = (value: number, unit: string, factor?: string): Measured => ({
    value: dec(value),
    unit,
    base: factor ? dec(value).times(factor) : dec(value),
  });
  const height = measurementCause(
    'height',
    measured(a.height.value, a.height.unit, a.height.unit === 'in' ? cmPerInch : undefined),
    measured(b.height.value, b.height.unit, b.height.unit === 'in' ? cmPerInch : undefined),
  );
  const weight = measurementCause(
    'weight',
    measured(a.weight.value, a.weight.unit, a.weight.unit === 'lb' ? kgPerPound : undefined),
    measured(b.weight.value, b.weight.unit, b.weight.unit === 'lb' ? kgPerPound : undefined),
  );

  const doseA = dec(a.doseMgPerM2);
  const doseB = dec(b.doseMgPerM2);
  const doseShown = { first: `${fmt(doseA)} mg/m²`, second: `${fmt(doseB)} mg/m²` };
  let dose: Omit<EntryComparison, 'field' | 'label'> = { ...doseShown, same: true };
  if (!doseA.equals(doseB)) {
    const typo = typoBetween(doseA, doseB);
    const both = `Ordered dose: ${doseShown.first} (first) and ${doseShown.second} (second)`;
    dose = {
      ...doseShown,
      same: false,
      cause: typo
        ? { field: 'doseMgPerM2', kind: 'typo', typo, message: `${both}: ${typoText[typo]} — a typo?` }
        : { field: 'doseMgPerM2', kind: 'entry', message: `${both} differ: check the order.` },
    };
  }

  const formulaShown = {
    first: bsaFormulaInfo[a.bsaFormula].name,
    second: bsaFormulaInfo[b.bsaFormula].name,
  };
  const formula: Omit<EntryComparison, 'field' | 'label'> =
    a.bsaFormula === b.bsaFormula
      ? { ...formulaShown, same: true }
      : {
          ...formulaShown,
          same: false,
          cause: {
            field: 'bsaFormula',
            kind: 'formula',
            message: `Different BSA formula: ${formulaShown.first} (first) and ${formulaShown.second} (second). The institution's formula applies.`,
          },
        };

  const pa = normalizedPolicy(a.policy);
  const pb = normalizedPolicy(b.policy);
  const policyRows = (['bsaDecimals', 'doseDecimals', 'vialRoundingPercent'] as const).map((field) => {
    // Each policy field has its own text function; the casts pick the one for this field.
    const text = policyText[field] as (v: Normalized[typeof field]) => string;
    const shown = { first: text(pa[field]), second: text(pb[field]) };
    const row: EntryComparison =
      pa[field] === pb[field]
        ? { field, label: fieldLabels[field], ...shown, same: true }
        : {
            field,
            label: fieldLabels[field],
            ...shown,
            same: false,
            cause: {
              field,
              kind: 'rounding',
              message: `Different rounding policy — ${fieldLabels[field].toLowerCase()}: ${shown.first} (first) and ${shown.second} (second).`,
            },
          };
    return row;
  });

  return [
    { field: 'height', label: fieldLabels.height, ...height },
    { field: 'weight', label: fieldLabels.weight, ...weight },
    { field: 'doseMgPerM2', label: fieldLabels.doseMgPerM2, ...dose },
    { field: 'bsaFormula', label: fieldLabels.bsaFormula, ...formula },
    ...policyRows,
  ];
}
