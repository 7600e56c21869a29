// Time windows of the IXEMPRA label: the reconstituted solution may stay in the vial up to 1 hour;
// the infusion must be finished within 6 hours of preparation (dilution); the infusion runs over
// 3 hours (4 hours with a strong CYP3A4 inducer at up to 60 mg/m²).
// Times are clock times "HH:MM" on one day. Events follow each other in the order reconstitution →
// preparation → infusion start → infusion stop, each at or after the one before; a time earlier on
// the clock than the one before it is read as the next day (23:30 → 01:10 is 100 minutes), unless that
// makes a gap of more than 12 hours: then the two were entered the wrong way round (an error).
// The current time `now` is a parameter; the clock is never read here. Pure; never throws.
import {
  finishWithinMinutesOfPreparation,
  inducerInfusionMinutes,
  labelInfusionMinutes,
  reconstitutedVialMinutes,
  sources,
} from './facts';
import { formatDuration, parseClockTime } from './infusion-time';
import type { Check, FieldError, Step } from './types';

const minutesInDay = 1440;
/**
 * More than this far "after" the event before it, a time is read as entered the wrong way round, and
 * a `now` this far "after" an event is read as before it (a planned time): 12 hours.
 */
const pastHorizonMinutes = 720;

export const timingSources = {
  vial: 'IXEMPRA prescribing information, section 2.6 (preparation and administration): the reconstituted solution may stay in the vial up to 1 hour at room temperature',
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

/** Minutes after midnight of a 24-hour clock time ("09:45", "9:45", "0945"); undefined otherwise. */
function clockMinutes(text: string): number | undefined {
  const time = parseClockTime(text);
  return time ? time.hours * 60 + time.minutes : undefined;
}

/**
 * "HH:MM" of minutes after midnight, wrapping past midnight.
 *
 * @example formatClockTime(1530) //=> '01:30'
 */
export function formatClockTime(minutes: number): string {
  const m = ((minutes % minutesInDay) + minutesInDay) % minutesInDay;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function deadline(fromMinutes: number, afterMinutes: number, nowMinutes: number | undefined): Deadline {
  const total = fromMinutes + afterMinutes;
  const time = formatClockTime(total);
  const nextDay = total >= minutesInDay;
  const sinceEvent =
    nowMinutes === undefined ? undefined : (nowMinutes - fromMinutes + minutesInDay) % minutesInDay;
  return {
    time,
    nextDay,
    text: nextDay ? `${time} (next day)` : time,
    ...(sinceEvent !== undefined && sinceEvent <= pastHorizonMinutes
      ? { minutesLeft: afterMinutes - sinceEvent }
      : {}),
  };
}

/**
 * The label's time windows for one preparation: "use the reconstituted vial by" (reconstitution +
 * 1 hour), "finish the infusion by" (preparation + 6 hours), the infusion's length, and the checks:
 * the vial kept past 1 hour (stop), the infusion finishing after the 6-hour limit (stop), and an
 * infusion shorter than 3 hours, or 4 with a strong CYP3A4 inducer (warning). Every time is optional.
 *
 * @example
 * checkTiming({ reconstitutedAt: '09:45', preparedAt: '10:00', infusionStartAt: '10:15', infusionStopAt: '13:15' })
 * //=> ok: true, useVialBy.text '10:45', finishInfusionBy.text '16:00', infusionMinutes 180, checks []
 */
export function checkTiming(input: TimingInput): TimingResult {
  const errors: FieldError[] = [];
  const times: Partial<Record<TimingField, number>> = {};
  for (const field of [
    'reconstitutedAt',
    'preparedAt',
    'infusionStartAt',
    'infusionStopAt',
    'now',
  ] as const) {
    const raw: unknown = input[field];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const parsed = typeof raw === 'string' ? clockMinutes(raw) : undefined;
    if (parsed === undefined) {
      errors.push({ field, message: `${labels[field]}: enter a 24-hour time of day, for example 09:45.` });
    } else {
      times[field] = parsed;
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  // The events in order must fit within one day, none more than 12 hours after the one before it:
  // otherwise two of them were entered the wrong way round (10:00 then 09:50 is not 23 h 50 min).
  const chain = (['reconstitutedAt', 'preparedAt', 'infusionStartAt', 'infusionStopAt'] as const).flatMap(
    (field) => {
      const at = times[field];
      return at === undefined ? [] : [{ field, at }];
    },
  );
  let total = 0;
  let widest: { from: TimingField; to: TimingField; gap: number } | undefined;
  for (let i = 1; i < chain.length; i += 1) {
    const a = chain[i - 1];
    const b = chain[i];
    if (!a || !b) continue;
    const gap = (b.at - a.at + minutesInDay) % minutesInDay;
    total += gap;
    if (!widest || gap > widest.gap) widest = { from: a.field, to: b.field, gap };
  }
  if (widest && (total >= minutesInDay || widest.gap > pastHorizonMinutes)) {
    return {
      ok: false,
      errors: [
        {
          field: widest.to,
          message: `${labels[widest.to]} ${formatClockTime(times[widest.to] ?? 0)} comes before ${labels[widest.from].toLowerCase()} ${formatClockTime(times[widest.from] ?? 0)}: check the times (they follow each other within one day).`,
        },
      ],
    };
  }
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
  const since = (from: number, to: number) => (to - from + minutesInDay) % minutesInDay;
  const nowIsAfter = (event: number) => now !== undefined && since(event, now) <= pastHorizonMinutes;

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
    if (prepared !== undefined) inVial = since(reconstituted, prepared);
    else if (now !== undefined && nowIsAfter(reconstituted)) inVial = since(reconstituted, now);
    if (inVial !== undefined && inVial > reconstitutedVialMinutes) {
      const when =
        prepared !== undefined
          ? `Prepared at ${formatClockTime(prepared)}`
          : `It is ${formatClockTime(now ?? 0)} and nothing is prepared yet`;
      checks.push({
        code: 'VIAL_TIME_EXCEEDED',
        severity: 'stop',
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
    let late: string | undefined;
    if (stop !== undefined && since(prepared, stop) > finishWithinMinutesOfPreparation) {
      late = `Infusion stop ${formatClockTime(stop)} is ${formatDuration(since(prepared, stop))} after preparation: past ${limitText}.`;
    } else if (stop === undefined && start !== undefined) {
      const planned = since(prepared, start) + minimum;
      if (planned > finishWithinMinutesOfPreparation) {
        late = `An infusion of ${formatDuration(minimum)} started at ${formatClockTime(start)} ends at ${formatClockTime(prepared + planned)}: past ${limitText}.`;
      }
    } else if (stop === undefined && now !== undefined && nowIsAfter(prepared)) {
      if (since(prepared, now) > finishWithinMinutesOfPreparation) {
        late = `It is ${formatClockTime(now)}, ${formatDuration(since(prepared, now))} after preparation: past ${limitText}.`;
      }
    }
    if (late) {
      checks.push({
        code: 'INFUSION_FINISH_LIMIT',
        severity: 'stop',
        message: `${late} Hold: the infusion must be finished within 6 hours of preparation.`,
        source: timingSources.finish,
      });
    }
  }

  let infusionMinutes: number | undefined;
  if (start !== undefined && stop !== undefined) {
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

  return {
    ok: true,
    ...(useVialBy ? { useVialBy } : {}),
    ...(finishInfusionBy ? { finishInfusionBy } : {}),
    ...(infusionMinutes !== undefined ? { infusionMinutes } : {}),
    minimumInfusionMinutes: minimum,
    checks,
    steps,
  };
}
