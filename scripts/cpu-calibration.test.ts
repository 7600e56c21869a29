// The calibrated CPU slowdown (benchmarkIndex ÷ 440, never below 1) and the Chromium flags shared by
// the Lighthouse script and the keystroke bench (values worked out by hand).
import { describe, expect, it } from 'vitest';
import { calibrationFrom, cpuSlowdownFor, mergeDisabledFeatures } from './cpu-calibration';

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

describe('mergeDisabledFeatures', () => {
  it('keeps the launcher’s disabled features and adds ours in one switch', () => {
    const launcher = ['--disable-extensions', '--disable-features=Translate,MediaRouter', '--mute-audio'];
    expect(mergeDisabledFeatures(launcher, ['WebUIOmniboxPopup'])).toBe(
      '--disable-features=Translate,MediaRouter,WebUIOmniboxPopup',
    );
  });

  it('lists a feature once when both name it, and works when the launcher disables none', () => {
    expect(mergeDisabledFeatures(['--disable-features=A,B'], ['B', 'C'])).toBe('--disable-features=A,B,C');
    expect(mergeDisabledFeatures(['--no-first-run'], ['C'])).toBe('--disable-features=C');
  });
});

describe('calibrationFrom', () => {
  it('sets the slowdown from the CPU-time index, not the wall-clock one', () => {
    // A host pinned beside a busy loop: 1,650 per wall-clock second, 3,740 per CPU second.
    const c = calibrationFrom({ wallClockIndex: 1650, cpuTimeIndex: 3740, wallMs: 1010, cpuMs: 446 });
    // 3740 ÷ 440 = 8.5.
    expect(c).toEqual({ benchmarkIndex: 3740, wallClockIndex: 1650, multiplier: 8.5, source: 'measured' });
  });
});
