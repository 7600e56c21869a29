// Medicare totals over a batch of audited claims: each claim priced like one claim (Medicare only,
// its own quarter's limit), the rest listed with why; sums of the per-line cent amounts.

import type { Dec } from '../decimal';
import { dec, fmt } from '../decimal';
import type { FieldError } from '../types';
import { auditSources } from './audit-facts';
import {
  type ClaimPricingFacts,
  lineRounding,
  notPricedReason,
  priceAt,
  type QuarterLimitInput,
  quarterOf,
  readLimitAndQuarter,
  readQuarterLimits,
} from './revenue';
import type { BilledLine } from './types';

export type RevenueTotals = {
  ok: true;
  paymentLimitPerUnit: string;
  quarter: string;
  /** Claims priced. */
  claims: number;
  /** Dollars at cents (decimal strings), sums of the per-line rounded amounts. */
  billedAllowed: string;
  correctedAllowed: string;
  difference: string;
  /** Discarded units on the corrected JW lines, and what they are allowed. */
  jwUnits: number;
  jwAllowed: string;
  source: string;
  /** Claims left out, by their index in the list, with why. */
  notPriced?: { index: number; reason: string }[];
};

export type BatchClaim = ClaimPricingFacts & {
  billed: readonly BilledLine[];
  corrected: readonly BilledLine[];
};

export type BatchRevenue = {
  ok: true;
  /** Claims priced, per quarter, and the limit used. */
  quarters: { quarter: string; paymentLimitPerUnit: string; claims: number }[];
  claims: number;
  billedAllowed: string;
  correctedAllowed: string;
  difference: string;
  jwUnits: number;
  jwAllowed: string;
  /** What Medicare pays on the corrected lines, claim by claim (each at its date's sequestration). */
  correctedMedicarePayment: string;
  notPriced: { index: number; reason: string; quarter?: string }[];
  source: string;
  rounding: string;
};

/**
 * Medicare totals over many audited claims, each priced by `priceClaim` (its quarter's limit,
 * Medicare only); the others are listed with the reason.
 */
export function batchRevenue(
  claims: readonly BatchClaim[],
  limits: readonly QuarterLimitInput[],
): BatchRevenue | { ok: false; errors: FieldError[] } {
  const read = readQuarterLimits(limits);
  if (!read.ok) return read;
  if (read.limits.size === 0) {
    return {
      ok: false,
      errors: [
        {
          field: 'limits',
          message:
            'Enter at least one payment limit with its quarter (e.g. 2026 Q4) to price the Medicare claims.',
        },
      ],
    };
  }
  const perQuarter = new Map<string, number>();
  let billed = dec(0);
  let corrected = dec(0);
  let jw = dec(0);
  let pays = dec(0);
  let jwUnits = 0;
  const notPriced: BatchRevenue['notPriced'] = [];
  claims.forEach((c, index) => {
    const why = notPricedReason(c, read.limits);
    if (why) {
      notPriced.push({ index, ...why });
      return;
    }
    const quarter = quarterOf(c.dateOfService as string);
    const r = priceAt(c.billed, c.corrected, read.limits.get(quarter) as Dec, quarter, c.dateOfService);
    perQuarter.set(quarter, (perQuarter.get(quarter) ?? 0) + 1);
    billed = billed.plus(r.billedTotal.allowed);
    corrected = corrected.plus(r.correctedTotal.allowed);
    jw = jw.plus(r.jwLine.allowed);
    pays = pays.plus(r.correctedTotal.medicarePayment);
    jwUnits += r.jwLine.units;
  });
  return {
    ok: true,
    quarters: [...perQuarter.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([quarter, n]) => ({
        quarter,
        paymentLimitPerUnit: fmt(read.limits.get(quarter) as Dec),
        claims: n,
      })),
    claims: claims.length - notPriced.length,
    billedAllowed: fmt(billed, 2),
    correctedAllowed: fmt(corrected, 2),
    difference: fmt(corrected.minus(billed), 2),
    jwUnits,
    jwAllowed: fmt(jw, 2),
    correctedMedicarePayment: fmt(pays, 2),
    notPriced,
    source: auditSources.revenue,
    rounding: lineRounding,
  };
}

/**
 * Medicare allowed totals over many audited claims at one typed limit. Claims that carry their
 * payer and date of service are priced only when Medicare and in the limit's quarter (the rest are
 * listed in `notPriced`); claims without them are priced at the limit as given.
 *
 * @example
 * medicareRevenueTotals([{ billed: [J9207 × 73], corrected: [J9207 × 73, J9207-JW × 2] },
 *   { billed: [J9207 × 80], corrected: [J9207 × 73, J9207-JW × 2] }], '10', '2026 Q4')
 * //=> billedAllowed '1530.00', correctedAllowed '1500.00', difference '-30.00', jwUnits 4, jwAllowed '40.00'
 */
export function medicareRevenueTotals(
  claims: readonly (Partial<ClaimPricingFacts> & {
    billed: readonly BilledLine[];
    corrected: readonly BilledLine[];
  })[],
  paymentLimitPerUnit: unknown,
  quarter: unknown,
): RevenueTotals | { ok: false; errors: FieldError[] } {
  const read = readLimitAndQuarter(paymentLimitPerUnit, quarter);
  if (!read.ok) return read;
  const limits = new Map([[read.quarter, read.limit]]);
  let billed = dec(0);
  let corrected = dec(0);
  let jw = dec(0);
  let jwUnits = 0;
  let priced = 0;
  const notPriced: { index: number; reason: string }[] = [];
  claims.forEach((c, index) => {
    const known = c.payer !== undefined || c.dateOfService !== undefined;
    const why = known ? notPricedReason(c, limits) : undefined;
    if (why) {
      notPriced.push({ index, reason: why.reason });
      return;
    }
    const r = priceAt(c.billed, c.corrected, read.limit, read.quarter, c.dateOfService);
    priced += 1;
    billed = billed.plus(r.billedTotal.allowed);
    corrected = corrected.plus(r.correctedTotal.allowed);
    jw = jw.plus(r.jwLine.allowed);
    jwUnits += r.jwLine.units;
  });
  return {
    ok: true,
    paymentLimitPerUnit: fmt(read.limit),
    quarter: read.quarter,
    claims: priced,
    billedAllowed: fmt(billed, 2),
    correctedAllowed: fmt(corrected, 2),
    difference: fmt(corrected.minus(billed), 2),
    jwUnits,
    jwAllowed: fmt(jw, 2),
    source: auditSources.revenue,
    ...(notPriced.length > 0 ? { notPriced } : {}),
  };
}
