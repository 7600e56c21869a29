import { describe, expect, it } from 'vitest';
import { multipleOfUln } from './lab-ratio';

describe('multipleOfUln', () => {
  it('divides exactly, so a ratio on a table threshold stays on it', () => {
    // 1.8 ÷ 1.2 = 1.5 exactly (a binary float gives 1.5000000000000002, which is "> 1.5")
    expect(multipleOfUln(1.8, 1.2)).toBe(1.5);
    // 100 U/L ÷ 40 U/L = 2.5
    expect(multipleOfUln(100, 40)).toBe(2.5);
    // 3.6 ÷ 1.2 = 3
    expect(multipleOfUln(3.6, 1.2)).toBe(3);
  });
  it('keeps a ratio just past a threshold past it', () => {
    // 101 ÷ 40 = 2.525 > 2.5
    expect(multipleOfUln(101, 40)).toBe(2.525);
  });
  it('refuses a ULN of 0 or less and bad numbers', () => {
    expect(multipleOfUln(1, 0)).toBeUndefined();
    expect(multipleOfUln(1, -2)).toBeUndefined();
    expect(multipleOfUln(Number.NaN, 2)).toBeUndefined();
    expect(multipleOfUln(-1, 2)).toBeUndefined();
  });
});
