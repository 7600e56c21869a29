// Clock times: the one reader for every form ("HH:MM", "H:MM", "HHMM"), 24-hour output, and the
// next-day rule. Expected values worked out by hand in each case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockMinutes,
  clockTimeOfDate,
  formatClockTime,
  minutesBetween,
  parseClockTime,
  readClockTime,
} from './clock-time';

describe('parseClockTime', () => {
  it.each([
    ['09:05', 9, 5],
    ['9:05', 9, 5],
    ['0905', 9, 5],
    ['9.05', 9, 5],
    [' 23:59 ', 23, 59],
    ['00:00', 0, 0],
    ['2359', 23, 59],
  ])('reads %s as %i:%i', (text, hours, minutes) => {
    expect(parseClockTime(text)).toEqual({ hours, minutes });
  });
  it.each(['', '24:00', '2400', '12:60', '900', '9', '9h', '12:5', '-1:00', '1:48 PM', '12:00:00', 'noon'])(
    'refuses %j',
    (text) => {
      expect(parseClockTime(text)).toBeUndefined();
    },
  );
  it('refuses what is not text', () => {
    expect(parseClockTime(905)).toBeUndefined();
    expect(parseClockTime(null)).toBeUndefined();
  });
});

describe('clockMinutes and formatClockTime', () => {
  it('13:05 is 13 × 60 + 5 = 785 minutes after midnight, and back', () => {
    expect(clockMinutes('13:05')).toBe(785);
    expect(formatClockTime(785)).toBe('13:05');
  });
  it('writes 24-hour with two digits, wrapping past midnight', () => {
    expect(formatClockTime(0)).toBe('00:00');
    expect(formatClockTime(1439)).toBe('23:59');
    expect(formatClockTime(1440 + 90)).toBe('01:30');
    expect(formatClockTime(-10)).toBe('23:50');
  });
  it('every minute of the day survives a round trip', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (m) => clockMinutes(formatClockTime(m)) === m));
  });
  it('the time of day of a date, on the device clock, 24-hour', () => {
    expect(clockTimeOfDate(new Date(2026, 10, 29, 13, 48, 59))).toBe('13:48');
    expect(clockTimeOfDate(new Date(2026, 10, 29, 0, 7, 0))).toBe('00:07');
  });
});

describe('readClockTime', () => {
  it('gives the time as HH:MM', () => {
    expect(readClockTime('0900', 'Start')).toEqual({ ok: true, minutesOfDay: 540, text: '09:00' });
    expect(readClockTime('9:00', 'Start')).toEqual({ ok: true, minutesOfDay: 540, text: '09:00' });
  });
  it('answers a 12-hour time with its 24-hour time', () => {
    // 1:48 PM = 12 + 1 = 13:48; 12:10 AM = 00:10; 12:30 PM = 12:30
    expect(readClockTime('1:48 PM', 'Infusion start')).toEqual({
      ok: false,
      message: 'Infusion start: use the 24-hour clock: 1:48 PM is 13:48.',
    });
    expect(readClockTime('12:10 am', 'Stop')).toMatchObject({ message: /is 00:10\.$/ });
    expect(readClockTime('12:30pm', 'Stop')).toMatchObject({ message: /is 12:30\.$/ });
  });
  it('says what to type otherwise', () => {
    expect(readClockTime('25:00', 'Stop')).toEqual({
      ok: false,
      message: 'Stop: enter a 24-hour time HH:MM, e.g. 09:45 or 14:30.',
    });
  });
});

describe('minutesBetween: the next-day rule', () => {
  it.each([
    // 09:00 → 12:00 = 180; 22:30 → 01:30 = 90 + 90 = 180 next day; 23:59 → 00:00 = 1 next day;
    // 13:00 → 12:50 = 23 h 50 min = 1430 next day; equal times = 0
    ['09:00', '12:00', 180, false],
    ['22:30', '01:30', 180, true],
    ['23:59', '00:00', 1, true],
    ['13:00', '12:50', 1430, true],
    ['10:00', '10:00', 0, false],
  ])('%s → %s is %i min', (from, to, minutes, nextDay) => {
    expect(minutesBetween(clockMinutes(from) ?? -1, clockMinutes(to) ?? -1)).toEqual({ minutes, nextDay });
  });
});
