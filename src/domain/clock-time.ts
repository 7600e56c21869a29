// Clock times of day, the one reader and writer for every form and rule (dosing, time limits,
// audit): what is accepted, how a time is shown, and minutes between two times.
// Accepted: 24-hour "HH:MM" or "H:MM" (a point also separates: "9.05"), and four digits "HHMM"
// ("0900", as nurses write it on paper). Refused: "900" (3 digits: 9:00 or 90:0?), "24:00",
// seconds, and a.m./p.m. (answered with the 24-hour time it would be). Shown always as "HH:MM".
// Next-day rule: a time earlier on the clock than the one before it is on the next day
// (23:30 → 01:10 is 100 minutes). Pure; no clock is read here: callers pass `now`.

export type ClockTime = { hours: number; minutes: number };

export type ClockTimeRead = { ok: true; minutesOfDay: number; text: string } | { ok: false; message: string };

export const minutesInDay = 1440;

const twentyFourHour = /^(\d{1,2})[:.](\d{2})$|^(\d{2})(\d{2})$/;
const amPm = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m?\.?$/i;

/**
 * A 24-hour clock time, or undefined when the text is not one.
 *
 * @example parseClockTime('0905') //=> { hours: 9, minutes: 5 }
 * @example parseClockTime('24:00') //=> undefined
 */
export function parseClockTime(text: unknown): ClockTime | undefined {
  if (typeof text !== 'string') return undefined;
  const match = twentyFourHour.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1] ?? match[3]);
  const minutes = Number(match[2] ?? match[4]);
  if (hours > 23 || minutes > 59) return undefined;
  return { hours, minutes };
}

/**
 * Minutes after midnight of a clock time, or undefined.
 *
 * @example clockMinutes('13:05') //=> 785
 */
export function clockMinutes(text: unknown): number | undefined {
  const time = parseClockTime(text);
  return time ? time.hours * 60 + time.minutes : undefined;
}

/**
 * "HH:MM" of minutes after midnight, wrapping past midnight.
 *
 * @example formatClockTime(1530) //=> '01:30'
 */
export function formatClockTime(minutes: number): string {
  const m = ((Math.trunc(minutes) % minutesInDay) + minutesInDay) % minutesInDay;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The time of day of a date on the device's clock, "HH:MM" (for "Now").
 *
 * @example clockTimeOfDate(new Date(2026, 10, 29, 13, 48, 59)) //=> '13:48'
 */
export function clockTimeOfDate(date: Date): string {
  return formatClockTime(date.getHours() * 60 + date.getMinutes());
}

/**
 * Reads what was typed in a time field: the time as "HH:MM", or a sentence saying what to type
 * (`name` starts the sentence, e.g. "Infusion start").
 *
 * @example readClockTime('1:48 PM', 'Infusion start') //=> { ok: false, message: 'Infusion start: use the 24-hour clock: 1:48 PM is 13:48.' }
 */
export function readClockTime(text: unknown, name: string): ClockTimeRead {
  const minutes = clockMinutes(text);
  if (minutes !== undefined) return { ok: true, minutesOfDay: minutes, text: formatClockTime(minutes) };
  const twelve = typeof text === 'string' ? amPm.exec(text.trim()) : null;
  if (twelve) {
    const h = Number(twelve[1]);
    const m = Number(twelve[2] ?? '0');
    if (h >= 1 && h <= 12 && m <= 59) {
      const pm = twelve[3]?.toLowerCase() === 'p';
      const h24 = (h % 12) + (pm ? 12 : 0);
      return {
        ok: false,
        message: `${name}: use the 24-hour clock: ${String(text).trim()} is ${formatClockTime(h24 * 60 + m)}.`,
      };
    }
  }
  return { ok: false, message: `${name}: enter a 24-hour time HH:MM, e.g. 09:45 or 14:30.` };
}

/**
 * Minutes from one clock time to the next by the next-day rule: a later time earlier on the clock
 * is on the next day. Equal times give 0 (the caller decides whether that is allowed).
 *
 * @example minutesBetween(22 * 60 + 30, 90) //=> { minutes: 180, nextDay: true }
 */
export function minutesBetween(
  fromMinutes: number,
  toMinutes: number,
): { minutes: number; nextDay: boolean } {
  return {
    minutes: (toMinutes - fromMinutes + minutesInDay) % minutesInDay,
    nextDay: toMinutes < fromMinutes,
  };
}
