// Display helpers for the results: numbers exactly as the domain gives them, with their units.
import type { ClaimLine, VialCount } from '../../../domain';

/** "J9207", "J9207-JW", "J9207-JW-JG": how a line is read aloud and printed. */
export function lineCode(line: Pick<ClaimLine, 'hcpcs' | 'modifiers'>): string {
  return [line.hcpcs, ...line.modifiers].join('-');
}

/** "1 × 45 mg + 2 × 15 mg" */
export function kitsText(vials: readonly VialCount[]): string {
  return vials.map((v) => `${v.count} × ${v.strengthMg} mg`).join(' + ');
}

/** 150000 → "150,000" */
export function grouped(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 12 });
}

/** A long decimal shown to 5 places with an ellipsis (display only): 1.818118685772619 → "1.81812…". */
export function approx(value: number): string {
  const text = String(value);
  const decimals = text.split('.')[1]?.length ?? 0;
  return decimals > 5 ? `${value.toFixed(5)}…` : text;
}

/** The id of a check on the page, for a link from the Result panel: "check-hepatic-dose-reduction". */
export function checkAnchor(code: string): string {
  return `check-${code.toLowerCase().replace(/_/g, '-')}`;
}
