// A date and time as the device shows it, for notes and worksheets: "2026-11-27 10:40".
import { clockTimeOfDate } from '../domain/clock-time';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Without a date (the clock not read yet), a blank to fill in by hand.
 * @example formatLocalDateTime(new Date(2026, 10, 27, 9, 5)) //=> '2026-11-27 09:05'
 */
export function formatLocalDateTime(date: Date | null): string {
  if (date === null) return '____-__-__ __:__';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${formatLocalTime(date)}`;
}

/**
 * The time of day, 24-hour "HH:MM", as the timing rules take it.
 * @example formatLocalTime(new Date(2026, 10, 27, 9, 5)) //=> '09:05'
 */
export function formatLocalTime(date: Date): string {
  return clockTimeOfDate(date);
}
