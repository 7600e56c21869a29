import { describe, expect, it } from 'vitest';
import { holdLabel, holdStatus } from './hold';
import { calculate } from './index';
import { checkTiming } from './timing';
import type { Check } from './types';

describe('holdStatus', () => {
  it('no stop check: no hold, nothing added to the note (warnings and notes do not hold)', () => {
    const checks: Check[] = [
      { code: 'WEIGHT_CHANGE', severity: 'warning', message: 'Weight changed by 12%…' },
      { code: 'BSA_CAPPED', severity: 'info', message: 'BSA 2.31 m² is above 2.2 m²…' },
    ];
    expect(holdStatus(checks)).toEqual({ onHold: false, reasons: [], noteLines: [] });
  });

  it('a stop check from the label (ANC 1200 < 1500) holds, and the note records the reason', () => {
    const result = calculate({
      height: { value: 170, unit: 'cm' },
      weight: { value: 70, unit: 'kg' },
      doseMgPerM2: 40,
      labs: { anc: 1200 },
    });
    if (!result.ok) throw new Error('expected a result');
    const hold = holdStatus(result.checks);
    expect(hold.onHold).toBe(true);
    expect(hold.noteLines[0]).toBe('ON HOLD — prescriber contacted?');
    expect(hold.noteLines[1]).toMatch(/^Reason: ANC 1200\/mm³ is below 1500\/mm³/);
    expect(hold.noteLines[1]).not.toMatch(/ANC_TOO_LOW/);
    expect(hold.noteLines.at(-1)).toBe('Prescriber contacted: ____ at __:__; decision: ____');
  });

  it('a timing stop (finished 6 h 30 min after preparation) holds too; each stop is one reason', () => {
    const timing = checkTiming({
      reconstitutedAt: '09:00',
      preparedAt: '10:05',
      infusionStartAt: '13:00',
      infusionStopAt: '16:30',
    });
    if (!timing.ok) throw new Error('expected a timing result');
    // 09:00 → 10:05 is 65 min in the vial (> 60): prepare again; 10:05 → 16:30 is 6 h 25 min (> 6 h)
    // with the stop entered: the infusion ran past the limit, report it. Two stops, two kinds.
    const hold = holdStatus(timing.checks);
    expect(hold.onHold && hold.label).toBe('ON HOLD — prepare again; report the infusion');
    expect(hold.onHold && hold.kinds).toEqual(['prepare-again', 'report']);
    expect(hold.reasons).toHaveLength(2);
    expect(hold.noteLines.filter((l) => l.startsWith('Reason: '))).toEqual([
      expect.stringMatching(/past the 1 hour the label allows in the vial/),
      expect.stringMatching(/Infusion stop 16:30 is 6 h 25 min after preparation/),
    ]);
    expect(hold.noteLines.slice(-2)).toEqual([
      'Prepared again at __:__ by ____ (new reconstitution and preparation times recorded)',
      'Reported to ____ at __:__; report number: ____',
    ]);
  });

  it.each([
    [
      'a clinical stop (no kind): the prescriber',
      undefined,
      'ON HOLD — prescriber contacted?',
      /with the prescriber/,
    ],
    [
      'a double-check mismatch: the two nurses',
      'second-check',
      'ON HOLD — second check does not match',
      /the two nurses find the cause/,
    ],
    [
      'an expired preparation: prepare again',
      'prepare-again',
      'ON HOLD — prepare again',
      /prepare the dose again/,
    ],
    ['an infusion finished past 6 hours: report', 'report', 'ON HOLD — report the infusion', /report it/],
    [
      'times that cannot be right: check them',
      'check-times',
      'ON HOLD — check the times',
      /Correct the times/,
    ],
  ] as const)('%s', (_name, holdKind, label, action) => {
    const hold = holdStatus([
      { code: 'X', severity: 'stop', message: 'Why.', ...(holdKind ? { holdKind } : {}) },
    ]);
    expect(hold.onHold && hold.label).toBe(label);
    expect(hold.onHold && hold.actions).toEqual([expect.stringMatching(action)]);
    expect(hold.noteLines).not.toContain(holdKind === undefined ? '' : holdLabel);
  });

  it('a prescriber stop and a mismatch together: both kinds, prescriber first', () => {
    const hold = holdStatus([
      { code: 'A', severity: 'stop', message: 'Mismatch.', holdKind: 'second-check' },
      { code: 'B', severity: 'stop', message: 'ANC low.' },
    ]);
    expect(hold.onHold && hold.label).toBe('ON HOLD — prescriber contacted?; second check does not match');
  });
});
