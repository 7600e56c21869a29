import { describe, expect, it } from 'vitest';
import { formatN4, normalizeNdc } from './ndc';

describe('normalizeNdc (10 → 11 digits by padding the short segment)', () => {
  it.each([
    ['70020-1910-1', '70020191001', '70020-1910-01'], // 5-4-1 → package 0x
    ['70020191001', '70020191001', '70020-1910-01'],
    ['70020-1910-01', '70020191001', '70020-1910-01'],
    ['1234-5678-90', '01234567890', '01234-5678-90'], // 4-4-2 → 0xxxx
    ['12345-678-90', '12345067890', '12345-0678-90'], // 5-3-2 → product 0xxx
    [' 70020-1910-1 ', '70020191001', '70020-1910-01'],
  ])('%s → %s', (text, ndc11, hyphenated) => {
    expect(normalizeNdc(text)).toEqual({ ok: true, ndc11, hyphenated });
  });
  it.each(['7002019101', '70020-191-1', 'abc', '', '70020-1910-1-1', '700201910011'])(
    'refuses %j',
    (text) => {
      expect(normalizeNdc(text).ok).toBe(false);
    },
  );
});

describe('formatN4', () => {
  it('N4 + 11 digits + space + qualifier + quantity', () => {
    expect(formatN4('70020191001', 'UN', 2)).toBe('N470020191001 UN2');
    expect(formatN4('70020191001', 'ME', 75)).toBe('N470020191001 ME75');
  });
});
