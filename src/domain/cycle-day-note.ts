// The cycle-day lines the documentation note and the printed worksheet share: kit sizes on hand,
// the kits actually opened against the least-waste kits (with the prompt for the reason), and the
// toxicity assessment since the last cycle with its reasons. Pure; built from the result only.
import { notLeastWastePrompt } from './kits-opened';
import type { CalculationSuccess } from './types';
import { describeKitSizes, describeVials, labeledTotalMg } from './vials';

/**
 * @example cycleDayLines(calculate({ …, kitsOpened: [{ strengthMg: 45, count: 1 }, { strengthMg: 15, count: 3 }] }))
 * //=> ['Kit sizes on hand: 15 mg and 45 mg', 'Kits opened: 1 × 45 mg + 3 × 15 mg = 90 mg labeled; least waste: 1 × 45 mg + 2 × 15 mg = 75 mg', 'Reason the least-waste kits were not opened (for example a stock-out): ________']
 */
export function cycleDayLines(result: CalculationSuccess): string[] {
  const lines: string[] = [];
  if (result.kitSizesMg) lines.push(`Kit sizes on hand: ${describeKitSizes(result.kitSizesMg)}`);
  if (result.kitsOpened) {
    lines.push(
      `Kits opened: ${describeVials(result.kitsOpened)} = ${labeledTotalMg(result.kitsOpened)} mg labeled; least waste: ${describeVials(result.vials)} = ${labeledTotalMg(result.vials)} mg`,
    );
    if (result.checks.some((c) => c.code === 'KITS_NOT_LEAST_WASTE')) lines.push(notLeastWastePrompt);
  }
  const t = result.toxicity;
  if (t) {
    lines.push(
      `Since the last cycle (IXEMPRA prescribing information, section 2, Table 1): ${t.supportedDoseMgPerM2 === null ? 'the label says discontinue' : `label-supported level ${t.supportedDoseMgPerM2} mg/m²`}; ordered ${result.orderedDoseMgPerM2} mg/m²`,
    );
    for (const reason of t.reasons) lines.push(`- ${reason}`);
    lines.push("Prescriber's dose decision for this cycle: ________");
  }
  return lines;
}
