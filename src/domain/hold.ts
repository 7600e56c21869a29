// The hold: while any stop check is active, the claim lines, the banner, the worksheet and the
// documentation note say so, in words that fit who resolves each stop (its kind: the prescriber for a
// clinical stop, the two nurses for a double-check mismatch, a new preparation for an expired
// solution, a report for an infusion finished past the label's limit, whoever entered the times for
// times that cannot be right). Pure; the checks come from calculate(), checkTiming() and the double check.
import type { Check, HoldKind } from './types';

/** The words on claim lines and the note while a clinical stop (the prescriber's) is active. */
export const holdLabel = 'ON HOLD — prescriber contacted?';

type Wording = {
  /** After "ON HOLD — " on claim lines and at the top of the note. */
  short: string;
  /** What to do, a sentence for the banner, the claim and the worksheet. */
  action: string;
  /** The line the note leaves to fill in. */
  noteLine: string;
};

/** The wording per kind, in the order kinds are listed when several stops hold together. */
export const holdWording: Readonly<Record<HoldKind, Wording>> = {
  prescriber: {
    short: 'prescriber contacted?',
    action: 'Do not give or bill until resolved with the prescriber.',
    noteLine: 'Prescriber contacted: ____ at __:__; decision: ____',
  },
  'second-check': {
    short: 'second check does not match',
    action: 'Do not give or bill until the two nurses find the cause and both checks agree.',
    noteLine: 'Mismatch resolved by ____ and ____ at __:__; cause: ____',
  },
  'prepare-again': {
    short: 'prepare again',
    action: 'Do not give this solution: discard it and prepare the dose again.',
    noteLine: 'Prepared again at __:__ by ____ (new reconstitution and preparation times recorded)',
  },
  'check-times': {
    short: 'check the times',
    action: 'Correct the times entered: nothing is billed from times that cannot be right.',
    noteLine: 'Times corrected by ____ at __:__',
  },
  report: {
    short: 'report the infusion',
    action:
      "The infusion ran past the label's limit: report it by the institution's procedure before billing.",
    noteLine: 'Reported to ____ at __:__; report number: ____',
  },
};

const kindOrder = Object.keys(holdWording) as HoldKind[];

/** Who resolves a stop check: its own kind, else the prescriber. */
export function holdKindOf(check: Check): HoldKind {
  return check.holdKind ?? 'prescriber';
}

export type HoldStatus =
  | { onHold: false; reasons: []; noteLines: [] }
  | {
      onHold: true;
      /** "ON HOLD — prescriber contacted?", or the kinds' words together ("ON HOLD — prepare again; report the infusion"). */
      label: string;
      /** The kinds of the active stops, each once, in holdWording's order. */
      kinds: HoldKind[];
      /** What to do, one sentence per kind. */
      actions: string[];
      /** Each active stop check's message, in order. */
      reasons: string[];
      /** Lines for the documentation note: the label, each reason, and per kind the line to fill in. */
      noteLines: string[];
    };

/**
 * Whether the administration and its claim are on hold, who resolves it, and the note's lines.
 *
 * @example holdStatus([{ code: 'ANC_TOO_LOW', severity: 'stop', message: 'ANC 1200/mm³ is below 1500/mm³…' }]).noteLines
 * //=> ['ON HOLD — prescriber contacted?', 'Reason: ANC 1200/mm³ is below 1500/mm³…', 'Prescriber contacted: ____ at __:__; decision: ____']
 */
export function holdStatus(checks: readonly Check[]): HoldStatus {
  const stops = checks.filter((c) => c.severity === 'stop');
  if (stops.length === 0) return { onHold: false, reasons: [], noteLines: [] };
  const present = new Set(stops.map(holdKindOf));
  const kinds = kindOrder.filter((kind) => present.has(kind));
  const label = `ON HOLD — ${kinds.map((kind) => holdWording[kind].short).join('; ')}`;
  const reasons = stops.map((c) => c.message);
  return {
    onHold: true,
    label,
    kinds,
    actions: kinds.map((kind) => holdWording[kind].action),
    reasons,
    noteLines: [
      label,
      ...reasons.map((reason) => `Reason: ${reason}`),
      ...kinds.map((kind) => holdWording[kind].noteLine),
    ],
  };
}
