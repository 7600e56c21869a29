// The hold: while any stop check is active, the claim lines and the documentation note say
// "ON HOLD — prescriber contacted?", and the note records why (each stop check's reason) with a
// line for the contact and the decision. Pure; the checks come from calculate() and checkTiming().
import type { Check } from './types';

/** The words on claim lines and the note while a stop check is active. */
export const holdLabel = 'ON HOLD — prescriber contacted?';

export type HoldStatus =
  | { onHold: false; reasons: []; noteLines: [] }
  | {
      onHold: true;
      label: typeof holdLabel;
      /** Each active stop check's message, in order. */
      reasons: string[];
      /** Lines for the documentation note: the label, each reason, and the contact to fill in. */
      noteLines: string[];
    };

/**
 * Whether the administration and its claim are on hold, and the note's lines that say why.
 *
 * @example holdStatus([{ code: 'ANC_TOO_LOW', severity: 'stop', message: 'ANC 1200/mm³ is below 1500/mm³…' }]).noteLines
 * //=> ['ON HOLD — prescriber contacted?', 'Reason: ANC 1200/mm³ is below 1500/mm³…', 'Prescriber contacted: ____ at __:__; decision: ____']
 */
export function holdStatus(checks: readonly Check[]): HoldStatus {
  const stops = checks.filter((c) => c.severity === 'stop');
  if (stops.length === 0) return { onHold: false, reasons: [], noteLines: [] };
  const reasons = stops.map((c) => c.message);
  return {
    onHold: true,
    label: holdLabel,
    reasons,
    noteLines: [
      holdLabel,
      ...stops.map((c) => `Reason: ${c.message}`),
      'Prescriber contacted: ____ at __:__; decision: ____',
    ],
  };
}
