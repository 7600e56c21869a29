// Infusion start and stop → minutes of infusion (next-day rule of clock-time.ts), and the stop for
// times that cannot be right: an infusion longer than the 6 hours within which the label says it
// must be finished after preparation. No administration code is worked out from such times.
// Sources: IXEMPRA prescribing information, section 2 (finish within 6 hours of preparation);
// CPT chemotherapy administration: 96413/96415 are counted from the documented start and stop.
// Pure: the times are what the nurse wrote; no clock is read.
import { clockMinutes, formatClockTime, minutesBetween } from './clock-time';
import { finishWithinMinutesOfPreparation, sources } from './facts';
import type { Check } from './types';

export { type ClockTime, parseClockTime } from './clock-time';

export type InfusionTimeResult =
  | { ok: true; minutes: number; crossesMidnight: boolean }
  | { ok: false; field: 'infusionStart' | 'infusionStop'; message: string };

/**
 * Minutes from start to stop. A stop earlier than the start is taken as the next day (an infusion
 * running past midnight); equal times are refused (zero or 24 hours cannot be told apart).
 *
 * @example infusionMinutesBetween('09:00', '12:00') //=> { ok: true, minutes: 180, crossesMidnight: false }
 * @example infusionMinutesBetween('22:30', '01:30') //=> { ok: true, minutes: 180, crossesMidnight: true }
 */
export function infusionMinutesBetween(start: string, stop: string): InfusionTimeResult {
  const from = clockMinutes(start);
  if (from === undefined) {
    return {
      ok: false,
      field: 'infusionStart',
      message: 'Enter the infusion start as a 24-hour time HH:MM, e.g. 09:00.',
    };
  }
  const to = clockMinutes(stop);
  if (to === undefined) {
    return {
      ok: false,
      field: 'infusionStop',
      message: 'Enter the infusion stop as a 24-hour time HH:MM, e.g. 12:00.',
    };
  }
  if (from === to) {
    return {
      ok: false,
      field: 'infusionStop',
      message:
        'The stop time equals the start time: check both times (an infusion cannot last 0 or 24 hours here).',
    };
  }
  const { minutes, nextDay } = minutesBetween(from, to);
  return { ok: true, minutes, crossesMidnight: nextDay };
}

/** The longest infusion the label allows: it must be finished within 6 hours of preparation. */
export const longestInfusionMinutes = finishWithinMinutesOfPreparation;

/**
 * The stop for an infusion longer than 6 hours, or undefined when the length is possible.
 * A stop earlier on the clock than the start (read as the next day) is most likely entered wrong:
 * "check the times"; a same-day infusion past 6 hours ran past the label's limit: "report".
 *
 * @example infusionTimesCheck(1430, { start: '13:00', stop: '12:50' })?.holdKind //=> 'check-times'
 * @example infusionTimesCheck(360) //=> undefined
 */
export function infusionTimesCheck(
  minutes: number,
  times?: { start: string; stop: string },
): Check | undefined {
  if (minutes <= longestInfusionMinutes) return undefined;
  const from = times ? clockMinutes(times.start) : undefined;
  const to = times ? clockMinutes(times.stop) : undefined;
  const noCode = 'No administration code (96409, 96413, 96415) is worked out from these times.';
  if (from !== undefined && to !== undefined && to < from) {
    return {
      code: 'INFUSION_TIMES_IMPOSSIBLE',
      severity: 'stop',
      holdKind: 'check-times',
      message: `Infusion stop ${formatClockTime(to)} is earlier than the start ${formatClockTime(from)}: read as the next day it makes ${formatDuration(minutes)}, longer than the 6 hours within which the infusion must be finished after preparation. Check the times (a stop entered before the start?). ${noCode}`,
      source: sources.labelPreparation,
    };
  }
  const span =
    from !== undefined && to !== undefined ? `${formatClockTime(from)} to ${formatClockTime(to)} is ` : '';
  return {
    code: 'INFUSION_OVER_6_HOURS',
    severity: 'stop',
    holdKind: 'report',
    message: `Infusion ${span}${formatDuration(minutes)}, longer than the 6 hours within which the label says the infusion must be finished after preparation. If these times are right, report it; otherwise correct them. ${noCode}`,
    source: sources.labelPreparation,
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
