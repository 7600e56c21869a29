// The calibrated CPU slowdown: benchmarkIndex ÷ 440, never below 1 (values worked out by hand).
import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from './cpu-calibration';

describe('cpuSlowdownFor', () => {
  it('slows a host at the phone’s index by 1 and a faster host in proportion', () => {
    expect(cpuSlowdownFor(440)).toBe(1);
    // 1000 ÷ 440 = 2.2727… → 2.27; 3000 ÷ 440 = 6.8181… → 6.82; 1760 ÷ 440 = 4 (Lighthouse's default).
    expect(cpuSlowdownFor(1000)).toBe(2.27);
    expect(cpuSlowdownFor(3000)).toBe(6.82);
    expect(cpuSlowdownFor(1760)).toBe(4);
  });

  it('never speeds up a host slower than the phone', () => {
    expect(cpuSlowdownFor(300)).toBe(1);
  });

  it('refuses an index that is not a positive number', () => {
    expect(() => cpuSlowdownFor(0)).toThrow();
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow();
  });
});
