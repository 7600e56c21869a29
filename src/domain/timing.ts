// Time windows of the IXEMPRA label: the reconstituted solution may stay in the vial up to 1 hour;
// the infusion must be finished within 6 hours of preparation (dilution); the infusion runs over
// 3 hours (4 hours with a strong CYP3A4 inducer at up to 60 mg/m²).
// Times are clock times "HH:MM" read by clock-time.ts. Events follow each other in the order
// reconstitution → preparation → infusion start → infusion stop; a time earlier on the clock than
// the one before it is read as the next day (23:30 → 01:10 is 100 minutes), unless that makes a gap
// of more than 12 hours: then it was entered before the event it must follow (a stop: check the
// times). The infusion start and stop as a pair are judged by calculate() (infusion-time.ts).
// An event more than 0 and at most 12 hours after `now` is in the future (a warning).
// The current time `now` is a parameter; the clock is never read here. Pure; never throws.
import { clockMinutes, formatClockTime, minutesBetween, minutesInDay } from './clock-time';
import {
  finishWithinMinutesOfPreparation,
  inducerInfusionMinutes,
  labelInfusionMinutes,
  reconstitutedVialMinutes,
  sources,
} from './facts';
import { formatDuration, longestInfusionMinutes } from './infusion-time';
import type { Check, FieldError, Step } from './types';

export { formatClockTime } from './clock-time';

/**
 * More than this far "after" the event before it, a time is read as entered before it, and
 * a `now` this far "after" an event is read as before it (the event is in the future): 12 hours.
 */
const pastHorizonMinutes = 720;

export const timingSources = {
  vial: 'IXEMPRA prescribing information, section 2: the reconstituted solution may stay in the vial up to 1 hour at room temperature',
  finish: sources.labelPreparation,
  duration: sources.labelDose,
  inducer: sources.labelCyp3a4,
} as const;

export type TimingInput = {
  /** Reconstitution of the kit, "HH:MM". */
  reconstitutedAt?: string | null;
  /** Preparation (dilution into the infusion bag), "HH:MM". */
  preparedAt?: string | null;
  infusionStartAt?: string | null;
  infusionStopAt?: string | null;
  /** A strong CYP3A4 inducer that cannot be avoided: the infusion runs over 4 hours. */
  strongCyp3a4Inducer?: boolean;
  /** The current time of day, "HH:MM", from the caller. */
  now?: string | null;
};

export type TimingField = 'reconstitutedAt' | 'preparedAt' | 'infusionStartAt' | 'infusionStopAt' | 'now';

/** A deadline: the clock time, whether it falls on the next day, and the minutes left at `now`. */
export type Deadline = {
  time: string;
  nextDay: boolean;
  /** "10:45" or "03:30 (next day)". */
  text: string;
  /** Minutes from `now` to the deadline (negative once passed); only when `now` is given and past the event. */
  minutesLeft?: number;
};

export type TimingSuccess = {
  ok: true;
  /** Reconstitution + 1 hour. */
  useVialBy?: Deadline;
  /** Preparation + 6 hours. */
  finishInfusionBy?: Deadline;
  /** Infusion start to stop, minutes. */
  infusionMinutes?: number;
  /** The shortest infusion the label allows: 180 minutes, or 240 with a strong CYP3A4 inducer. */
  minimumInfusionMinutes: number;
  checks: Check[];
  steps: Step[];
};

export type TimingResult = TimingSuccess | { ok: false; errors: FieldError[] };

const labels: Record<TimingField, string> = {
  reconstitutedAt: 'Reconstitution time',
  preparedAt: 'Preparation time',
  infusionStartAt: 'Infusion start',
  infusionStopAt: 'Infusion stop',
  now: 'Current time',
};

const since = (from: number, to: number) => minutesBetween(from, to).minutes;

function deadline(fromMinutes: number, afterMinutes: number, nowMinutes: number | undefined): Deadline {
  const total = fromMinutes + afterMinutes;
  const time = formatClockTime(total);
  const nextDay = total >= minutesInDay;
  const sinceEvent = nowMinutes === undefined ? undefined : since(fromMinutes, nowMinutes);
  return {
    time,
    nextDay,
    text: nextDay ? `${time} (next day)` : time,
    ...(sinceEvent !== undefined && sinceEvent <= pastHorizonMinutes
      ? { minutesLeft: afterMinutes - sinceEvent }
      : {}),
  };
}

const eventFields = ['reconstitutedAt', 'preparedAt', 'infusionStartAt', 'infusionStopAt'] as const;

/**
 * The label's time windows for one preparation: "use the reconstituted vial by" (reconstitution +
 * 1 hour), "finish the infusion by" (preparation + 6 hours), the infusion's length, and the checks:
 * the vial kept past 1 hour (stop: prepare again), the infusion finishing after the 6-hour limit
 * (stop: report it when the stop is entered, else prepare again), a time entered before the event
 * it must follow (stop: check the times), a time later than `now` (warning), and an infusion
 * shorter than 3 hours, or 4 with a strong CYP3A4 inducer (warning). Every time is optional.
 *
 * @example
 * checkTiming({ reconstitutedAt: '09:45', preparedAt: '10:00', infusionStartAt: '10:15', infusionStopAt: '13:15' })
 * //=> ok: true, useVialBy.text '10:45', finishInfusionBy.text '16:00', infusionMinutes 180, checks []
 */
export function checkTiming(input: TimingInput): TimingResult {
  const errors: FieldError[] = [];
  const times: Partial<Record<TimingField, number>> = {};
  for (const field of [...eventFields, 'now'] as const) {
    const raw: unknown = input[field];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const parsed = clockMinutes(raw);
    if (parsed === undefined) {
      errors.push({ field, message: `${labels[field]}: enter a 24-hour time HH:MM, for example 09:45.` });
    } else {
      times[field] = parsed;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const start = times.infusionStartAt;
  const stop = times.infusionStopAt;
  if (start !== undefined && stop !== undefined && start === stop) {
    return {
      ok: false,
      errors: [
        { field: 'infusionStopAt', message: 'Infusion stop is the same as the start: check the times.' },
      ],
    };
  }

  const now = times.now;
  const minimum = input.strongCyp3a4Inducer === true ? inducerInfusionMinutes : labelInfusionMinutes;
  const checks: Check[] = [];
  const steps: Step[] = [];
  const nowIsAfter = (event: number) => now !== undefined && since(event, now) <= pastHorizonMinutes;

  // Order: each time at most 12 hours after the one before it (the start → stop pair is judged by
  // calculate(), which knows the 6-hour limit); otherwise it was entered before that event.
  const chain = eventFields.flatMap((field) => {
    const at = times[field];
    return at === undefined ? [] : [{ field, at }];
  });
  const outOfOrder: string[] = [];
  for (let i = 1; i < chain.length; i += 1) {
    const a = chain[i - 1];
    const b = chain[i];
    if (!a || !b || (a.field === 'infusionStartAt' && b.field === 'infusionStopAt')) continue;
    if (since(a.at, b.at) > pastHorizonMinutes) {
      outOfOrder.push(
        `${labels[b.field]} ${formatClockTime(b.at)} is before ${labels[a.field].toLowerCase()} ${formatClockTime(a.at)}`,
      );
    }
  }
  if (outOfOrder.length > 0) {
    checks.push({
      code: 'TIMES_OUT_OF_ORDER',
      severity: 'stop',
      holdKind: 'check-times',
      message: `${outOfOrder.join('; ')}: check the times (reconstitution, then preparation, then the infusion).`,
      source: timingSources.finish,
    });
  }
  // The start → stop pair longer than 6 hours: calculate() raises the stop; no length from it here.
  const pairImpossible =
    start !== undefined && stop !== undefined && since(start, stop) > longestInfusionMinutes;
  const ordered = outOfOrder.length === 0;

  if (now !== undefined) {
    const future = chain.filter((e) => !nowIsAfter(e.at) && e.at !== now);
    if (future.length > 0) {
      const list = future.map((e) => `${labels[e.field].toLowerCase()} ${formatClockTime(e.at)}`);
      const first = list.join(' and ');
      checks.push({
        code: 'TIME_IN_FUTURE',
        severity: 'warning',
        message: `${first.charAt(0).toUpperCase()}${first.slice(1)} ${future.length > 1 ? 'are' : 'is'} later than now (${formatClockTime(now)}): a time not reached yet cannot be recorded. Check the time, and enter it once it has happened.`,
        source: timingSources.finish,
      });
    }
  }

  let useVialBy: Deadline | undefined;
  const reconstituted = times.reconstitutedAt;
  const prepared = times.preparedAt;
  if (reconstituted !== undefined) {
    useVialBy = deadline(reconstituted, reconstitutedVialMinutes, now);
    steps.push({
      id: 'use-vial-by',
      title: 'Use the reconstituted vial by',
      expression: `${formatClockTime(reconstituted)} + 1 h`,
      result: useVialBy.text,
      source: timingSources.vial,
    });
    // Minutes in the vial: until preparation, or (nothing prepared yet) until now.
    let inVial: number | undefined;
    if (prepared !== undefined) inVial = ordered ? since(reconstituted, prepared) : undefined;
    else if (now !== undefined && nowIsAfter(reconstituted)) inVial = since(reconstituted, now);
    if (inVial !== undefined && inVial > reconstitutedVialMinutes) {
      const when =
        prepared !== undefined
          ? `Prepared at ${formatClockTime(prepared)}`
          : `It is ${formatClockTime(now ?? 0)} and nothing is prepared yet`;
      checks.push({
        code: 'VIAL_TIME_EXCEEDED',
        severity: 'stop',
        holdKind: 'prepare-again',
        message: `${when}: ${formatDuration(inVial)} after reconstitution at ${formatClockTime(reconstituted)}, past the 1 hour the label allows in the vial (use by ${useVialBy.text}). Do not use this solution; hold and prepare again.`,
        source: timingSources.vial,
      });
    }
  }

  let finishInfusionBy: Deadline | undefined;
  if (prepared !== undefined) {
    finishInfusionBy = deadline(prepared, finishWithinMinutesOfPreparation, now);
    steps.push({
      id: 'finish-by',
      title: 'Finish the infusion by',
      expression: `${formatClockTime(prepared)} + 6 h`,
      result: finishInfusionBy.text,
      source: timingSources.finish,
    });
    const limitText = `the label's limit of 6 hours after preparation at ${formatClockTime(prepared)} (finish by ${finishInfusionBy.text})`;
    let late: { text: string; finished: boolean } | undefined;
    if (!ordered || pairImpossible) {
      // Times that cannot be right already stop; no limit is worked out from them.
    } else if (stop !== undefined && since(prepared, stop) > finishWithinMinutesOfPreparation) {
      // A stop already reached (or no clock to tell) happened: report it; a stop still ahead is a plan.
      const finished = now === undefined || nowIsAfter(stop);
      late = {
        text: `Infusion stop ${formatClockTime(stop)} is ${formatDuration(since(prepared, stop))} after preparation: past ${limitText}. ${finished ? 'The infusion ran past the limit: report it.' : 'Prepare the dose again.'}`,
        finished,
      };
    } else if (stop === undefined && start !== undefined) {
      const planned = since(prepared, start) + minimum;
      if (planned > finishWithinMinutesOfPreparation) {
        late = {
          text: `An infusion of ${formatDuration(minimum)} started at ${formatClockTime(start)} ends at ${formatClockTime(prepared + planned)}: past ${limitText}. Prepare the dose again.`,
          finished: false,
        };
      }
    } else if (stop === undefined && now !== undefined && nowIsAfter(prepared)) {
      if (since(prepared, now) > finishWithinMinutesOfPreparation) {
        late = {
          text: `It is ${formatClockTime(now)}, ${formatDuration(since(prepared, now))} after preparation: past ${limitText}. Prepare the dose again.`,
          finished: false,
        };
      }
    }
    if (late) {
      checks.push({
        code: 'INFUSION_FINISH_LIMIT',
        severity: 'stop',
        holdKind: late.finished ? 'report' : 'prepare-again',
        message: late.text,
        source: timingSources.finish,
      });
    }
  }

  let infusionMinutes: number | undefined;
  if (start !== undefined && stop !== undefined && !pairImpossible) {
    infusionMinutes = since(start, stop);
    steps.push({
      id: 'infusion-time',
      title: 'Infusion time',
      expression: `${formatClockTime(start)} to ${formatClockTime(stop)}`,
      result: `${formatDuration(infusionMinutes)} (${infusionMinutes} min)`,
      source: input.strongCyp3a4Inducer === true ? timingSources.inducer : timingSources.duration,
    });
    if (infusionMinutes < minimum) {
      const why =
        input.strongCyp3a4Inducer === true ? '4 hours with a strong CYP3A4 inducer' : "the label's 3 hours";
      checks.push({
        code: 'INFUSION_TOO_SHORT',
        severity: 'warning',
        message: `Infusion ${formatClockTime(start)}–${formatClockTime(stop)} is ${formatDuration(infusionMinutes)}, shorter than ${why}. Check the pump rate and the times.`,
        source: input.strongCyp3a4Inducer === true ? timingSources.inducer : timingSources.duration,
      });
    }
  }

  const rank = { stop: 0, warning: 1, info: 2 } as const;
  return {
    ok: true,
    ...(useVialBy ? { useVialBy } : {}),
    ...(finishInfusionBy ? { finishInfusionBy } : {}),
    ...(infusionMinutes !== undefined ? { infusionMinutes } : {}),
    minimumInfusionMinutes: minimum,
    checks: checks.sort((a, b) => rank[a.severity] - rank[b.severity]),
    steps,
  };
}
