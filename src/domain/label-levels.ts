// The dose levels the label supports in place of the ordered one: each check that changes the dose
// (hepatic table, strong CYP3A4 inhibitor or inducer, and any later rule that sets a level) carries
// a `labelLevel`; this gathers them with their reason and the mg each gives on the BSA used, for the
// Result panel ("label: 20 mg/m²"). Source of each level: its check's source (docs/reference.md).
import { type Dec, dec, fmt } from './decimal';
import { calculatedDose } from './dose';
import type { Check, LabelLevel, SupportedDose } from './types';

/** The reason in words for each check that can carry a level; other checks say "label". */
const reasonByCheck: Readonly<Record<string, string>> = {
  DOSE_ABOVE_LABEL: 'label dose',
  HEPATIC_DOSE_REDUCTION: 'hepatic table',
  HEPATIC_NOT_RECOMMENDED: 'hepatic table',
  COMBINATION_CONTRAINDICATED: 'with capecitabine, liver values',
  CYP3A4_INHIBITOR: 'strong CYP3A4 inhibitor',
  CYP3A4_INDUCER: 'strong CYP3A4 inducer',
  TOXICITY_DOSE_REDUCTION: 'toxicity in the last cycle',
  TOXICITY_DISCONTINUE: 'toxicity in the last cycle: discontinue',
};

/** "20 mg/m²", "up to 60 mg/m²", "hold". */
export function labelLevelText(level: LabelLevel): string {
  if (level.kind === 'hold') return 'hold';
  return `${level.kind === 'up-to' ? 'up to ' : ''}${level.doseMgPerM2} mg/m²`;
}

/**
 * Every label level the checks raise, in check order, each with the mg it gives on `bsaUsedM2`
 * (rounded half-up like the dose).
 *
 * @example supportedDoses([{ code: 'CYP3A4_INHIBITOR', severity: 'warning', message: '…', labelLevel: { kind: 'dose', doseMgPerM2: 20 } }], dec('1.82'), 1)
 * //=> [{ checkCode: 'CYP3A4_INHIBITOR', reason: 'strong CYP3A4 inhibitor', level: …, doseMg: 36.4, text: '20 mg/m²' }]
 */
export function supportedDoses(
  checks: readonly Check[],
  bsaUsedM2: Dec,
  doseDecimals: number,
): SupportedDose[] {
  return checks.flatMap((check) => {
    const level = check.labelLevel;
    if (!level) return [];
    const doseMg =
      level.kind === 'hold'
        ? undefined
        : calculatedDose(dec(level.doseMgPerM2), bsaUsedM2, doseDecimals).toNumber();
    return [
      {
        checkCode: check.code,
        reason: reasonByCheck[check.code] ?? 'label',
        level,
        ...(doseMg === undefined ? {} : { doseMg }),
        text: labelLevelText(level),
      },
    ];
  });
}

/** "20 mg/m² = 36.4 mg (hepatic table)" — the words the note and the worksheet use after their label. */
export function supportedDoseText(dose: SupportedDose): string {
  const mg =
    dose.doseMg === undefined
      ? ''
      : ` = ${dose.level.kind === 'up-to' ? 'up to ' : ''}${fmt(dec(dose.doseMg))} mg`;
  return `${dose.text}${mg} (${dose.reason})`;
}
