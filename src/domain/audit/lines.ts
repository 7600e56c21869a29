// Billed lines in words, and the diff between billed and corrected lines a coder reads at a glance.
import type { BilledLine, LineDiffRow } from './types';

/**
 * A line as coders write it.
 *
 * @example describeLine({ hcpcs: 'J9207', modifiers: ['JW'], units: 2 }) //=> 'J9207-JW × 2'
 */
export function describeLine(line: BilledLine): string {
  return `${[line.hcpcs, ...line.modifiers].join('-')} × ${line.units}`;
}

/**
 * Lines joined as a sentence.
 *
 * @example describeLines([{ hcpcs: 'J9207', modifiers: [], units: 73 }, { hcpcs: 'J9207', modifiers: ['JW'], units: 2 }])
 * //=> 'J9207 × 73 and J9207-JW × 2'
 */
export function describeLines(lines: readonly BilledLine[]): string {
  const parts = lines.map(describeLine);
  if (parts.length <= 1) return parts[0] ?? 'no line';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function key(line: BilledLine): string {
  return `${line.hcpcs}|${[...line.modifiers].sort().join('-')}`;
}

/**
 * Pairs billed and corrected lines: same code and modifiers first ('same', or 'changed' when the
 * units differ), then same code with other modifiers ('changed'); the rest are 'added' (corrected
 * only) or 'removed' (billed only). Rows follow the corrected order, removed lines last.
 *
 * @example lineDiff([{ hcpcs: 'J9207', modifiers: ['JZ'], units: 75 }], [{ hcpcs: 'J9207', modifiers: [], units: 73 }, { hcpcs: 'J9207', modifiers: ['JW'], units: 2 }])
 * //=> [{ status: 'changed', billed: J9207-JZ × 75, corrected: J9207 × 73 }, { status: 'added', corrected: J9207-JW × 2 }]
 */
export function lineDiff(billed: readonly BilledLine[], corrected: readonly BilledLine[]): LineDiffRow[] {
  const pairOf = new Map<number, number>(); // corrected index → billed index
  const usedBilled = new Set<number>();
  const match = (same: (b: BilledLine, c: BilledLine) => boolean) => {
    corrected.forEach((c, ci) => {
      if (pairOf.has(ci)) return;
      const bi = billed.findIndex((b, i) => !usedBilled.has(i) && same(b, c));
      if (bi >= 0) {
        pairOf.set(ci, bi);
        usedBilled.add(bi);
      }
    });
  };
  match((b, c) => key(b) === key(c));
  match((b, c) => b.hcpcs === c.hcpcs);

  const rows: LineDiffRow[] = corrected.map((c, ci) => {
    const bi = pairOf.get(ci);
    const b = bi === undefined ? undefined : billed[bi];
    if (!b) return { status: 'added', corrected: c };
    const same = key(b) === key(c) && b.units === c.units;
    return { status: same ? 'same' : 'changed', billed: b, corrected: c };
  });
  billed.forEach((b, bi) => {
    if (!usedBilled.has(bi)) rows.push({ status: 'removed', billed: b });
  });
  return rows;
}
