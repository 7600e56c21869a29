import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, formatLocalTime } from './format-date-time';

describe('formatLocalDateTime', () => {
  it('pads months, days, hours and minutes', () => {
    expect(formatLocalDateTime(new Date(2026, 10, 27, 9, 5))).toBe('2026-11-27 09:05');
    expect(formatLocalDateTime(new Date(2027, 0, 1, 23, 59))).toBe('2027-01-01 23:59');
  });
  it('without a date, leaves a blank to fill in', () => {
    expect(formatLocalDateTime(null)).toBe('____-__-__ __:__');
  });
});

describe('formatLocalTime', () => {
  it('is the 24-hour time of day, padded', () => {
    expect(formatLocalTime(new Date(2026, 10, 27, 9, 5))).toBe('09:05');
    expect(formatLocalTime(new Date(2026, 10, 27, 0, 0))).toBe('00:00');
    expect(formatLocalTime(new Date(2026, 10, 27, 21, 40))).toBe('21:40');
  });
});
