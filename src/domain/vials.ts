// Which kits to open: the least labeled total that covers the dose, and among equal totals the
// fewest vials, among the kit sizes on hand. Source: CMS discarded-drug policy (least-waste
// combination); kits of 15 and 45 mg.
import { ceilDiv, type Dec, roundUp } from './decimal';
import type { KitStrengthMg, VialCount } from './types';

/** Both kit sizes: the default when the sizes on hand are not given. */
export const allKitSizesMg: readonly KitStrengthMg[] = [15, 45];

/** "15 mg and 45 mg", "45 mg only", "15 mg only". */
export function describeKitSizes(sizes: readonly KitStrengthMg[]): string {
  const has15 = sizes.includes(15);
  const has45 = sizes.includes(45);
  if (has15 && has45) return '15 mg and 45 mg';
  return has45 ? '45 mg only' : '15 mg only';
}

/**
 * Kits to open for a dose in mg, among the kit sizes available (default: 15 mg and 45 mg).
 *
 * @example chooseVials(dec('73.2')) //=> [{ strengthMg: 45, count: 1 }, { strengthMg: 15, count: 2 }]
 * @example chooseVials(dec('72.8'), [45]) //=> [{ strengthMg: 45, count: 2 }]
 */
export function chooseVials(doseMg: Dec, availableMg: readonly KitStrengthMg[] = allKitSizesMg): VialCount[] {
  // Every total the kits make is a multiple of 15 mg, so the least covering total is the next one up.
  // On whole hundredths of a mg (every dose has at most two decimals): ⌈hundredths ÷ 1500⌉.
  const hundredths = roundUp(doseMg.times(100), 0).toNumber();
  const has15 = availableMg.includes(15);
  const has45 = availableMg.includes(45);
  if (has45 && !has15) {
    // 45 mg only: the least covering total is the next multiple of 45 mg.
    return [{ strengthMg: 45, count: Math.max(1, ceilDiv(hundredths, 4500)) }];
  }
  const fifteens = Math.max(1, ceilDiv(hundredths, 1500));
  if (!has45) return [{ strengthMg: 15, count: fifteens }];
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
