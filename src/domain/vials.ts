// Which kits to open: the least labeled total that covers the dose, and among equal totals the
// fewest vials. Source: CMS discarded-drug policy (least-waste combination); kits of 15 and 45 mg.
import { ceilDiv, type Dec, roundUp } from './decimal';
import type { VialCount } from './types';

/**
 * Kits to open for a dose in mg (kits of 15 mg and 45 mg).
 *
 * @example chooseVials(dec('73.2')) //=> [{ strengthMg: 45, count: 1 }, { strengthMg: 15, count: 2 }]
 */
export function chooseVials(doseMg: Dec): VialCount[] {
  // Every total the kits make is a multiple of 15 mg, so the least covering total is the next one up.
  // On whole hundredths of a mg (every dose has at most two decimals): ⌈hundredths ÷ 1500⌉.
  const fifteens = Math.max(1, ceilDiv(roundUp(doseMg.times(100), 0).toNumber(), 1500));
  const large = Math.floor(fifteens / 3);
  const small = fifteens - large * 3;
  const vials: VialCount[] = [];
  if (large > 0) vials.push({ strengthMg: 45, count: large });
  if (small > 0) vials.push({ strengthMg: 15, count: small });
  return vials;
}

export function labeledTotalMg(vials: readonly VialCount[]): number {
  return vials.reduce((sum, v) => sum + v.strengthMg * v.count, 0);
}

export function vialCount(vials: readonly VialCount[]): number {
  return vials.reduce((sum, v) => sum + v.count, 0);
}

/** "1 × 45 mg + 2 × 15 mg" */
export function describeVials(vials: readonly VialCount[]): string {
  return vials.map((v) => `${v.count} × ${v.strengthMg} mg`).join(' + ');
}
