// Chemotherapy administration codes against the documented infusion start and stop times.
import { administrationCodes } from '../billing';
import { clockMinutes, minutesBetween } from '../clock-time';
import { sources } from '../facts';
import { infusionTimesCheck } from '../infusion-time';
import { auditSources } from './audit-facts';
import type { AddFinding } from './findings';
import { describeLines } from './lines';
import type { BilledLine, ClaimDocumentation } from './types';

/** Infusion minutes from "HH:MM" start and stop (next-day rule of clock-time.ts); equal times give 0. */
export function infusionMinutes(doc: ClaimDocumentation): number | undefined {
  const start = clockMinutes(doc.infusionStart);
  const stop = clockMinutes(doc.infusionStop);
  if (start === undefined || stop === undefined) return undefined;
  return minutesBetween(start, stop).minutes;
}

function totals(lines: readonly BilledLine[]): Map<string, number> {
  const byCode = new Map<string, number>();
  for (const l of lines) byCode.set(l.hcpcs, (byCode.get(l.hcpcs) ?? 0) + l.units);
  return byCode;
}

function sameTotals(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [code, units] of a) if (b.get(code) !== units) return false;
  return true;
}

/**
 * Checks the administration codes billed against the infusion time. Returns the corrected
 * administration lines (as billed, cleaned, when the times do not settle them) and the minutes.
 */
export function adminRules(
  doc: ClaimDocumentation,
  adminBilled: readonly BilledLine[],
  cleaned: BilledLine[],
  add: AddFinding,
): { corrected: BilledLine[]; minutes?: number } {
  const minutes = infusionMinutes(doc);
  if (minutes === undefined) {
    if (adminBilled.length > 0) {
      add(
        'TIMES_MISSING',
        'error',
        'Administration codes are billed, but the infusion start and stop times are not both documented.',
        'Document the infusion start and stop times; the administration codes follow from them.',
        sources.adminCpt,
      );
    } else {
      add(
        'ADMIN_NOT_DOCUMENTED',
        'warning',
        'Neither the infusion start and stop times nor an administration code is on the claim: the administration is not documented.',
        'Document the infusion start and stop times, and bill the administration codes they support (or record where the administration is billed).',
        sources.adminCpt,
      );
    }
    return { corrected: cleaned };
  }
  if (minutes === 0) {
    add(
      'INFUSION_TIMES_INVALID',
      'error',
      `The infusion start and stop times are the same (${doc.infusionStart}), so the infusion time is unknown.`,
      'Correct the documented start and stop times.',
      sources.adminCpt,
    );
    return { corrected: cleaned };
  }
  // Times longer than the 6-hour window (or a stop that only makes sense as the next day) cannot be
  // billed from: no administration line is corrected from them.
  const impossible = infusionTimesCheck(minutes, {
    start: doc.infusionStart ?? '',
    stop: doc.infusionStop ?? '',
  });
  if (impossible) {
    add(
      'INFUSION_OVER_6_HOURS',
      'error',
      `${doc.infusionStart} to ${doc.infusionStop} reads as ${minutes} minutes${
        impossible.code === 'INFUSION_TIMES_IMPOSSIBLE'
          ? ' (the stop is earlier than the start, so the next day)'
          : ''
      }, longer than the 6 hours within which the infusion must be finished: the administration codes cannot be worked out from these times.`,
      'Correct the documented start and stop times, then bill the administration codes they support.',
      auditSources.infusionWindow,
    );
    return { corrected: cleaned };
  }
  const expected = administrationCodes(minutes).map((c) => ({
    hcpcs: c.code,
    modifiers: [],
    units: c.units,
  }));
  const text = describeLines(expected);
  if (adminBilled.length > 0 && sameTotals(totals(adminBilled), totals(expected))) {
    return { corrected: cleaned, minutes };
  }
  if (adminBilled.length === 0) {
    add(
      'ADMIN_CODES_MISSING',
      'warning',
      `The record documents a ${minutes}-minute infusion, but no administration code is billed.`,
      `Bill ${text} if the administration is billed on this claim.`,
      sources.adminCpt,
      { changesLines: true },
    );
  } else {
    add(
      'ADMIN_CODES_MISMATCH',
      'error',
      `The administration codes billed (${describeLines(adminBilled)}) do not match the ${minutes}-minute infusion documented (${doc.infusionStart}–${doc.infusionStop}).`,
      `Bill ${text}.`,
      sources.adminCpt,
      { changesLines: true },
    );
  }
  return { corrected: expected, minutes };
}
