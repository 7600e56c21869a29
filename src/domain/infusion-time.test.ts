import { describe, expect, it } from 'vitest';
import { formatDuration, infusionMinutesBetween, infusionTimesCheck, parseClockTime } from './infusion-time';

describe('parseClockTime', () => {
  it('reads the shapes a time field or a nurse writes', () => {
    expect(parseClockTime('09:05')).toEqual({ hours: 9, minutes: 5 });
    expect(parseClockTime('9:05')).toEqual({ hours: 9, minutes: 5 });
    expect(parseClockTime('0905')).toEqual({ hours: 9, minutes: 5 });
    expect(parseClockTime(' 23:59 ')).toEqual({ hours: 23, minutes: 59 });
    expect(parseClockTime('00:00')).toEqual({ hours: 0, minutes: 0 });
  });
  it('refuses what is not a time of day', () => {
    for (const bad of ['', '24:00', '12:60', '9', 'noon', '12:5', '-1:00'])
      expect(parseClockTime(bad)).toBeUndefined();
  });
});

describe('infusionMinutesBetween', () => {
  it('counts the minutes of a same-day infusion', () => {
    // 09:00 → 12:00 = 3 × 60 = 180 min
    expect(infusionMinutesBetween('09:00', '12:00')).toEqual({
      ok: true,
      minutes: 180,
      crossesMidnight: false,
    });
    // 10:15 → 11:46 = 60 + 31 = 91 min (the first minute that earns a 96415)
    expect(infusionMinutesBetween('10:15', '11:46')).toMatchObject({ ok: true, minutes: 91 });
  });
  it('runs across midnight when the stop is earlier than the start', () => {
    // 22:30 → 24:00 is 90 min, then 00:00 → 01:30 is 90 min: 180 min
    expect(infusionMinutesBetween('22:30', '01:30')).toEqual({
      ok: true,
      minutes: 180,
      crossesMidnight: true,
    });
    // 23:59 → 00:00 = 1 min
    expect(infusionMinutesBetween('23:59', '00:00')).toMatchObject({ ok: true, minutes: 1 });
    // 00:01 → 00:00 = 1439 min (the longest span the two times can say)
    expect(infusionMinutesBetween('00:01', '00:00')).toMatchObject({ ok: true, minutes: 1439 });
  });
  it('names the field at fault in words a nurse reads', () => {
    expect(infusionMinutesBetween('9h', '12:00')).toMatchObject({ ok: false, field: 'infusionStart' });
    expect(infusionMinutesBetween('09:00', '')).toMatchObject({ ok: false, field: 'infusionStop' });
    const same = infusionMinutesBetween('09:00', '09:00');
    expect(same).toMatchObject({ ok: false, field: 'infusionStop' });
    if (!same.ok) expect(same.message).toMatch(/equals the start/);
  });
});

describe('formatDuration', () => {
  it('writes hours and minutes', () => {
    expect(formatDuration(180)).toBe('3 h');
    expect(formatDuration(185)).toBe('3 h 5 min');
    expect(formatDuration(45)).toBe('45 min');
  });
});

describe('infusionTimesCheck: longer than the 6 hours the label allows after preparation', () => {
  it('6 hours exactly (360 min) is possible; 361 min is a stop', () => {
    expect(infusionTimesCheck(360, { start: '10:00', stop: '16:00' })).toBeUndefined();
    expect(infusionTimesCheck(361, { start: '10:00', stop: '16:01' })).toMatchObject({
      code: 'INFUSION_OVER_6_HOURS',
      severity: 'stop',
      holdKind: 'report',
    });
  });
  it('a stop earlier on the clock than the start, past 6 hours as the next day: check the times', () => {
    // 13:00 → 12:50 next day = 23 h 50 min
    const check = infusionTimesCheck(1430, { start: '13:00', stop: '12:50' });
    expect(check).toMatchObject({
      code: 'INFUSION_TIMES_IMPOSSIBLE',
      severity: 'stop',
      holdKind: 'check-times',
    });
    expect(check?.message).toMatch(/^Infusion stop 12:50 is earlier than the start 13:00: .* 23 h 50 min/);
    expect(check?.message).toMatch(/No administration code/);
  });
  it('across midnight within 6 hours is an ordinary infusion (22:30 → 01:30 = 180 min)', () => {
    expect(infusionTimesCheck(180, { start: '22:30', stop: '01:30' })).toBeUndefined();
  });
  it('minutes without times: the length alone', () => {
    expect(infusionTimesCheck(400)?.message).toMatch(/^Infusion 6 h 40 min, longer than the 6 hours/);
  });
});
