import { describe, expect, it } from 'vitest';
import { formatLocalDateTime } from './format-date-time';

describe('formatLocalDateTime', () => {
  it('pads months, days, hours and minutes', () => {
    expect(formatLocalDateTime(new Date(2026, 10, 27, 9, 5))).toBe('2026-11-27 09:05');
    expect(formatLocalDateTime(new Date(2027, 0, 1, 23, 59))).toBe('2027-01-01 23:59');
  });
});
