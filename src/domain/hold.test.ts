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
    expect(hold.noteLines[1]).not.toMatch(/[A-Z]+_[A-Z_]+/);
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
    // 09:00 → 10:05 is 65 min in the vial (> 60); 10:05 → 16:30 is 6 h 25 min (> 6 h): two stops.
    const hold = holdStatus(timing.checks);
    expect(hold.onHold && hold.label).toBe(holdLabel);
    expect(hold.reasons).toHaveLength(2);
    expect(hold.noteLines.filter((l) => l.startsWith('Reason: '))).toEqual([
      expect.stringMatching(/^Reason: .*vial/i),
      expect.stringMatching(/^Reason: .*6 hours/i),
    ]);
  });
});
