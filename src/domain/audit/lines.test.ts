import { describe, expect, it } from 'vitest';
import { describeLine, describeLines, lineDiff } from './lines';
import type { BilledLine } from './types';

const L = (hcpcs: string, units: number, ...modifiers: string[]): BilledLine => ({ hcpcs, modifiers, units });

describe('describeLines', () => {
  it('writes lines as a coder reads them', () => {
    expect(describeLine(L('J9207', 2, 'JW', 'JG'))).toBe('J9207-JW-JG × 2');
    expect(describeLines([L('J9207', 73), L('J9207', 2, 'JW')])).toBe('J9207 × 73 and J9207-JW × 2');
    expect(describeLines([L('J9207', 73), L('J9207', 2, 'JW'), L('96413', 1)])).toBe(
      'J9207 × 73, J9207-JW × 2 and 96413 × 1',
    );
    expect(describeLines([])).toBe('no line');
  });
});

describe('lineDiff', () => {
  it('identical lines are the same', () => {
    expect(lineDiff([L('J9207', 73)], [L('J9207', 73)])).toEqual([
      { status: 'same', billed: L('J9207', 73), corrected: L('J9207', 73) },
    ]);
  });

  it('JZ × 75 billed against 73 + JW × 2: one changed, one added', () => {
    expect(lineDiff([L('J9207', 75, 'JZ')], [L('J9207', 73), L('J9207', 2, 'JW')])).toEqual([
      { status: 'changed', billed: L('J9207', 75, 'JZ'), corrected: L('J9207', 73) },
      { status: 'added', corrected: L('J9207', 2, 'JW') },
    ]);
  });

  it('a wrong code is removed and its replacement added; modifier order does not matter', () => {
    expect(lineDiff([L('J9371', 73), L('J9207', 2, 'JG', 'JW')], [L('J9207', 2, 'JW', 'JG')])).toEqual([
      { status: 'same', billed: L('J9207', 2, 'JG', 'JW'), corrected: L('J9207', 2, 'JW', 'JG') },
      { status: 'removed', billed: L('J9371', 73) },
    ]);
  });
});
