// The independent (blind) double check: two practitioners each enter height, weight, the ordered
// mg/m², the BSA formula and the rounding policy; both entries are calculated and compared value by
// value (BSA, dose, volume, kits, units), and each difference is traced to its cause where it can be
// told: a different formula, a unit mix-up (inches entered as cm, pounds as kg), a different rounding
// policy, or a typo (digits transposed, one digit different, the decimal point shifted).
// Why: ASCO/ONS chemotherapy administration standards ask for two practitioners to verify a dose
// calculation independently; the second must not see the first's work (that is the UI's job).
// The causes are worked out in double-check-causes.ts. Pure: no clock, no I/O; never throws.
import { calculate } from './calculate';
import { dec, fmt } from './decimal';
import { bsaInputs, compareEntries, doseInputs, fieldLabels } from './double-check-causes';
import type { BsaFormula, CalculationSuccess, FieldError, HeightUnit, Policy, WeightUnit } from './types';
import { describeVials } from './vials';

export { typoBetween } from './double-check-causes';

/** What each practitioner enters for the double check. */
export type DoubleCheckEntry = {
  height: { value: number; unit: HeightUnit };
  weight: { value: number; unit: WeightUnit };
  doseMgPerM2: number;
  bsaFormula: BsaFormula;
  policy?: Policy;
};

/** Result values compared between the two checks. */
export type ComparedField = 'bsa' | 'dose' | 'volume' | 'kits' | 'units' | 'discarded';

/** Entry fields compared between the two checks. */
export type EntryField =
  | 'height'
  | 'weight'
  | 'doseMgPerM2'
  | 'bsaFormula'
  | 'bsaDecimals'
  | 'doseDecimals'
  | 'vialRoundingPercent';

/** formula, unit, rounding and typo are told causes; entry is a different value with no pattern. */
export type CauseKind = 'formula' | 'unit' | 'rounding' | 'typo' | 'entry';
export type TypoKind = 'transposed' | 'one-digit' | 'decimal-shift';
/** Which unit mix-up a factor of 2.54 or 2.2046 between the two entries points to. */
export type UnitMixUp = 'in-as-cm' | 'cm-as-in' | 'lb-as-kg' | 'kg-as-lb' | 'different-units';
export type Side = 'first' | 'second';

export type DifferenceCause = {
  field: EntryField;
  kind: CauseKind;
  typo?: TypoKind;
  unitMixUp?: UnitMixUp;
  /** The entry that looks wrong, when the pattern tells it (a unit mix-up). */
  suspect?: Side;
  /** One sentence naming the difference and its likely cause. */
  message: string;
};

export type EntryComparison = {
  field: EntryField;
  label: string;
  first: string;
  second: string;
  same: boolean;
  cause?: DifferenceCause;
};

export type ComparedValue = {
  field: ComparedField;
  label: string;
  first: string;
  second: string;
  same: boolean;
  /** The entry differences that can change this value (empty when the value is the same). */
  causes: DifferenceCause[];
};

export type DoubleCheckComparison = {
  ok: true;
  /** Every compared result value is the same. */
  match: boolean;
  /** Every entry is the same (after conversion to cm and kg). */
  entriesSame: boolean;
  values: ComparedValue[];
  entries: EntryComparison[];
  /** Every entry difference with its cause, in entry order. */
  causes: DifferenceCause[];
  /** A plain sentence: match, match with different entries, or what differs and why. */
  summary: string;
  first: CalculationSuccess;
  second: CalculationSuccess;
};

export type DoubleCheckFailure = { ok: false; errors: (FieldError & { entry: Side })[] };
export type DoubleCheckResult = DoubleCheckComparison | DoubleCheckFailure;

/** A number as typed back: up to 4 decimals, longer ones cut with an ellipsis. */
function shortNumber(value: number): string {
  const d = dec(value);
  return d.decimalPlaces() > 4 ? `${d.toFixed(4)}…` : fmt(d);
}

function resultValues(
  r: CalculationSuccess,
): Record<ComparedField, { label: string; exact: string; shown: string }> {
  const volume = r.volumeMl ?? dec(r.doseMg).dividedBy(2).toNumber();
  const discarded = r.billing.discardedUnits;
  return {
    bsa: { label: 'BSA used', exact: String(r.bsa.used), shown: `${shortNumber(r.bsa.used)} m²` },
    dose: { label: 'Dose', exact: String(r.doseMg), shown: `${shortNumber(r.doseMg)} mg` },
    volume: {
      label: 'Volume to draw up (2 mg/mL)',
      exact: String(volume),
      shown: `${shortNumber(volume)} mL`,
    },
    kits: { label: 'Kits to open', exact: describeVials(r.vials), shown: describeVials(r.vials) },
    units: {
      label: 'J9207 units given',
      exact: String(r.billing.administeredUnits),
      shown: `J9207 × ${r.billing.administeredUnits}`,
    },
    discarded: {
      label: 'Units discarded',
      exact: String(discarded),
      shown: discarded > 0 ? `J9207-JW × ${discarded}` : 'none (JZ)',
    },
  };
}

const comparedFields: readonly ComparedField[] = ['bsa', 'dose', 'volume', 'kits', 'units', 'discarded'];

function summarize(
  values: ComparedValue[],
  causes: DifferenceCause[],
  first: Record<ComparedField, { shown: string }>,
) {
  const differing = values.filter((v) => !v.same);
  if (differing.length === 0) {
    const agreed = `BSA ${first.bsa.shown}, dose ${first.dose.shown}, ${first.volume.shown}, ${first.kits.shown}, ${first.units.shown}`;
    if (causes.length === 0) return `Match: both checks give ${agreed} from the same entries.`;
    const fields = causes.map((c) => fieldLabels[c.field].toLowerCase()).join(', ');
    return `Match: both checks give ${agreed}, but the entries differ (${fields}).`;
  }
  const names = differing.map((v) => v.label).join(', ');
  return `Mismatch: ${differing.length} of ${values.length} values differ (${names}).`;
}

/**
 * Compares two independent entries value by value: each is calculated, then BSA, dose, volume,
 * kits, units given and units discarded are set side by side, and every entry difference is named
 * with its likely cause. A result value that differs lists the entry differences that can change it.
 *
 * @example
 * const a = { height: { value: 170, unit: 'cm' }, weight: { value: 70, unit: 'kg' }, doseMgPerM2: 40, bsaFormula: 'mosteller' };
 * compareDoubleCheck(a, { ...a, height: { value: 66.9, unit: 'cm' } }).causes[0]?.unitMixUp //=> 'in-as-cm'
 */
export function compareDoubleCheck(first: DoubleCheckEntry, second: DoubleCheckEntry): DoubleCheckResult {
  const ra = calculate(first);
  const rb = calculate(second);
  const errors: DoubleCheckFailure['errors'] = [
    ...(ra.ok ? [] : ra.errors.map((e) => ({ ...e, entry: 'first' as const }))),
    ...(rb.ok ? [] : rb.errors.map((e) => ({ ...e, entry: 'second' as const }))),
  ];
  if (!ra.ok || !rb.ok) return { ok: false, errors };

  const entries = compareEntries(first, second);
  const causes = entries.flatMap((e) => (e.cause ? [e.cause] : []));
  const va = resultValues(ra);
  const vb = resultValues(rb);
  const values: ComparedValue[] = comparedFields.map((field) => {
    const same = va[field].exact === vb[field].exact;
    const inputs = field === 'bsa' ? bsaInputs : doseInputs;
    // Two different values never print alike: fall back to every digit.
    const full = !same && va[field].shown === vb[field].shown;
    return {
      field,
      label: va[field].label,
      first: full ? va[field].exact : va[field].shown,
      second: full ? vb[field].exact : vb[field].shown,
      same,
      causes: same ? [] : causes.filter((c) => inputs.includes(c.field)),
    };
  });
  const match = values.every((v) => v.same);
  return {
    ok: true,
    match,
    entriesSame: causes.length === 0,
    values,
    entries,
    causes,
    summary: summarize(values, causes, va),
    first: ra,
    second: rb,
  };
}
