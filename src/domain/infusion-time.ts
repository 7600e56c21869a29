// Infusion start and stop clock times → minutes of infusion, across midnight when the stop is
// earlier than the start. Source: docs/reference.md "Administration (CPT)": start and stop
// times must be documented; 96413/96415 are counted from the minutes between them.
// Pure: the times are what the nurse wrote; no clock is read.

export type ClockTime = { hours: number; minutes: number };

export type InfusionTimeResult =
  | { ok: true; minutes: number; crossesMidnight: boolean }
  | { ok: false; field: 'infusionStart' | 'infusionStop'; message: string };

const minutesInDay = 1440;

/**
 * A 24-hour clock time: "9:05", "09:05", "0905" or "9.05" (what a time field or a nurse writes).
 * Undefined when it is not a valid time of day.
 *
 * @example parseClockTime('22:30') //=> { hours: 22, minutes: 30 }
 * @example parseClockTime('24:00') //=> undefined
 */
export function parseClockTime(text: string): ClockTime | undefined {
  const match = /^(\d{1,2})[:.h]?(\d{2})$/.exec(String(text ?? '').trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return { hours, minutes };
}

/**
 * Minutes from start to stop. A stop earlier than the start is taken as the next day (an infusion
 * running past midnight); equal times are refused (zero or 24 hours cannot be told apart).
 *
 * @example infusionMinutesBetween('09:00', '12:00') //=> { ok: true, minutes: 180, crossesMidnight: false }
 * @example infusionMinutesBetween('22:30', '01:30') //=> { ok: true, minutes: 180, crossesMidnight: true }
 */
export function infusionMinutesBetween(start: string, stop: string): InfusionTimeResult {
  const from = parseClockTime(start);
  if (!from) {
    return {
      ok: false,
      field: 'infusionStart',
      message: 'Enter the infusion start as a 24-hour time, e.g. 09:00.',
    };
  }
  const to = parseClockTime(stop);
  if (!to) {
    return {
      ok: false,
      field: 'infusionStop',
      message: 'Enter the infusion stop as a 24-hour time, e.g. 12:00.',
    };
  }
  const startMin = from.hours * 60 + from.minutes;
  const stopMin = to.hours * 60 + to.minutes;
  if (startMin === stopMin) {
    return {
      ok: false,
      field: 'infusionStop',
      message:
        'The stop time equals the start time: check both times (an infusion cannot last 0 or 24 hours here).',
    };
  }
  const crossesMidnight = stopMin < startMin;
  return {
    ok: true,
    minutes: crossesMidnight ? stopMin + minutesInDay - startMin : stopMin - startMin,
    crossesMidnight,
  };
}

/**
 * Minutes written as hours and minutes for people.
 *
 * @example formatDuration(185) //=> '3 h 5 min'
 */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
