// Medicare Part B allowed amounts for J9207 lines from payment limits the user types, one per
// calendar quarter (CMS quarterly ASP file, "Payment Limit"), never from a price the user did not
// give. A claim is priced only when its payer is Medicare and a limit was given for the quarter its
// date of service falls in; otherwise it is "not priced", with the reason. Money: the limit is used
// and shown at its full given precision; each line is rounded once, half-up to the cent
// (`lineRounding`), and every figure after that is a sum or a cent-rounded share of those cents,
// so the shown figures add up. Reading the typed limits and quarters: revenue-inputs.ts.
import { type Dec, dec, fmt, roundHalfUp } from '../decimal';
import { hcpcsCode } from '../facts';
import type { FieldError } from '../types';
import {
  auditSources,
  partBCoinsurancePercent,
  type SequestrationPeriod,
  sequestrationPercent,
  sequestrationPeriods,
} from './audit-facts';
import { type QuarterLimitInput, readLimitAndQuarter, readQuarterLimits } from './revenue-inputs';
import type { BilledLine, PayerType } from './types';

export {
  type QuarterLimitInput,
  readLimitAndQuarter,
  readPaymentLimit,
  readQuarter,
  readQuarterLimits,
} from './revenue-inputs';

/** The rounding rule, in words, shown beside the amounts. */
export const lineRounding =
  'Each line: units × the payment limit as given (full precision), rounded half-up to the cent once. Totals add the rounded lines; coinsurance (20%) and sequestration are each rounded half-up to the cent.';

export type PricedLine = {
  line: BilledLine;
  /** Allowed amount in dollars at cents ("9012.29"); undefined when not J9207. */
  allowed?: string;
  /** Exact units × limit before the one rounding ("9012.288"). */
  exact?: string;
};

export type PaymentSplit = {
  /** Dollars at cents (decimal strings). */
  allowed: string;
  coinsurance: string;
  medicarePortion: string;
  sequestration: string;
  medicarePayment: string;
};

export type Revenue = {
  ok: true;
  /** As typed, at full precision ("123.456"). */
  paymentLimitPerUnit: string;
  quarter: string;
  billed: PricedLine[];
  corrected: PricedLine[];
  billedTotal: PaymentSplit;
  correctedTotal: PaymentSplit;
  /** What the corrected JW lines are allowed: discarded units × limit (0 when nothing is discarded). */
  jwLine: PaymentSplit & { units: number };
  /** Corrected − billed allowed amount (negative when the claim billed too much). */
  difference: string;
  source: string;
  /** Sequestration applied (percent of the Medicare portion) and where the rate comes from. */
  sequestrationPercent?: number;
  sequestrationSource?: string;
  rounding?: string;
};

export type RevenueResult = Revenue | { ok: false; errors: FieldError[] };

/**
 * The calendar quarter of a "YYYY-MM-DD" date.
 *
 * @example quarterOf('2026-11-27') //=> '2026 Q4'
 */
export function quarterOf(dateOfService: string): string {
  const month = Number(dateOfService.slice(5, 7));
  return `${dateOfService.slice(0, 4)} Q${Math.floor((month - 1) / 3) + 1}`;
}

/**
 * The sequestration rate for a date of service (none before 1 April 2013).
 *
 * @example sequestrationOn('2021-06-01').percent //=> 0
 */
export function sequestrationOn(dateOfService: string | undefined): SequestrationPeriod {
  const period = sequestrationPeriods.find(
    (p) =>
      dateOfService !== undefined && dateOfService >= p.from && (p.to === undefined || dateOfService <= p.to),
  );
  if (period) return period;
  if (dateOfService === undefined)
    return sequestrationPeriods[sequestrationPeriods.length - 1] as SequestrationPeriod;
  return {
    from: '0000-01-01',
    to: '2013-03-31',
    percent: 0,
    source: 'Before 1 April 2013: no sequestration',
  };
}

/**
 * Allowed amount (cents), 20% coinsurance rounded half-up to the cent, the Medicare portion,
 * sequestration on that portion rounded half-up to the cent, and what Medicare pays.
 *
 * @example split(dec(1000)) //=> allowed 1000.00, coinsurance 200.00, medicarePortion 800.00, sequestration 16.00, medicarePayment 784.00
 */
export function split(allowed: Dec, percent: number = sequestrationPercent): PaymentSplit {
  const coinsurance = roundHalfUp(allowed.times(partBCoinsurancePercent).dividedBy(100), 2);
  const portion = allowed.minus(coinsurance);
  const sequestration = roundHalfUp(portion.times(percent).dividedBy(100), 2);
  return {
    allowed: fmt(allowed, 2),
    coinsurance: fmt(coinsurance, 2),
    medicarePortion: fmt(portion, 2),
    sequestration: fmt(sequestration, 2),
    medicarePayment: fmt(portion.minus(sequestration), 2),
  };
}

function price(lines: readonly BilledLine[], limit: Dec): { priced: PricedLine[]; total: Dec } {
  let total = dec(0);
  const priced = lines.map((line) => {
    if (line.hcpcs !== hcpcsCode) return { line };
    const exact = limit.times(line.units);
    const allowed = roundHalfUp(exact, 2);
    total = total.plus(allowed);
    return { line, allowed: fmt(allowed, 2), exact: fmt(exact) };
  });
  return { priced, total };
}

/** Shared with revenue-batch.ts. */
export function priceAt(
  billed: readonly BilledLine[],
  corrected: readonly BilledLine[],
  limit: Dec,
  quarter: string,
  dateOfService: string | undefined,
): Revenue {
  const seq = sequestrationOn(dateOfService);
  const b = price(billed, limit);
  const c = price(corrected, limit);
  const jw = price(
    corrected.filter((l) => l.hcpcs === hcpcsCode && l.modifiers.includes('JW')),
    limit,
  );
  const jwUnits = corrected
    .filter((l) => l.hcpcs === hcpcsCode && l.modifiers.includes('JW'))
    .reduce((s, l) => s + l.units, 0);
  return {
    ok: true,
    paymentLimitPerUnit: fmt(limit),
    quarter,
    billed: b.priced,
    corrected: c.priced,
    billedTotal: split(b.total, seq.percent),
    correctedTotal: split(c.total, seq.percent),
    jwLine: { units: jwUnits, ...split(jw.total, seq.percent) },
    difference: fmt(c.total.minus(b.total), 2),
    source: auditSources.revenue,
    sequestrationPercent: seq.percent,
    sequestrationSource: seq.source,
    rounding: lineRounding,
  };
}

/**
 * Medicare allowed amounts for billed and corrected J9207 lines at one limit: units × limit,
 * each line rounded half-up to the cent. Checks neither payer nor quarter: `priceClaim` does.
 *
 * @example
 * medicareRevenue([{ hcpcs: 'J9207', modifiers: [], units: 73 }],
 *   [{ hcpcs: 'J9207', modifiers: [], units: 73 }, { hcpcs: 'J9207', modifiers: ['JW'], units: 2 }], '10.50', '2026 Q4')
 * //=> billedTotal.allowed '766.50', correctedTotal.allowed '787.50', jwLine.allowed '21.00', difference '21.00'
 */
export function medicareRevenue(
  billed: readonly BilledLine[],
  corrected: readonly BilledLine[],
  paymentLimitPerUnit: unknown,
  quarter: unknown,
  dateOfService?: string,
): RevenueResult {
  const read = readLimitAndQuarter(paymentLimitPerUnit, quarter);
  if (!read.ok) return read;
  return priceAt(billed, corrected, read.limit, read.quarter, dateOfService);
}

export type ClaimPricingFacts = { dateOfService?: string; payer?: PayerType };

export type ClaimRevenue =
  | { status: 'priced'; revenue: Revenue }
  | { status: 'not-priced'; reason: string; quarter?: string }
  | { status: 'invalid'; errors: FieldError[] };

const payerLabel: Record<PayerType, string> = {
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  commercial: 'a commercial payer',
  other: 'another payer',
};

/** Shared with revenue-batch.ts. */
export function notPricedReason(
  claim: ClaimPricingFacts,
  limits: Map<string, Dec>,
): { reason: string; quarter?: string } | undefined {
  if (claim.payer !== 'medicare') {
    return {
      reason: `Not priced: the payer is ${payerLabel[claim.payer ?? 'other']}; the ASP payment limit is Medicare Part B's, and other payers pay by their own contract.`,
    };
  }
  if (!claim.dateOfService) {
    return {
      reason: 'Not priced: without a date of service there is no quarter to take a payment limit from.',
    };
  }
  const quarter = quarterOf(claim.dateOfService);
  if (!limits.has(quarter)) {
    return {
      reason: `Not priced: no payment limit was entered for ${quarter}, the quarter of the date of service ${claim.dateOfService}.`,
      quarter,
    };
  }
  return undefined;
}

/**
 * Prices one audited claim: Medicare only, at the limit for its date of service's quarter.
 *
 * @example priceClaim({ dateOfService: '2019-05-03', payer: 'medicare' }, billed, corrected, [{ limit: '10', quarter: '2026 Q4' }])
 * //=> { status: 'not-priced', reason: 'Not priced: no payment limit was entered for 2019 Q2, …', quarter: '2019 Q2' }
 */
export function priceClaim(
  claim: ClaimPricingFacts,
  billed: readonly BilledLine[],
  corrected: readonly BilledLine[],
  limits: readonly QuarterLimitInput[],
): ClaimRevenue {
  const read = readQuarterLimits(limits);
  if (!read.ok) return { status: 'invalid', errors: read.errors };
  const why = notPricedReason(claim, read.limits);
  if (why) return { status: 'not-priced', ...why };
  const quarter = quarterOf(claim.dateOfService as string);
  return {
    status: 'priced',
    revenue: priceAt(billed, corrected, read.limits.get(quarter) as Dec, quarter, claim.dateOfService),
  };
}

/**
 * Dollars rounded half-up to cents, with thousands separators; a minus sign for negatives.
 *
 * @example formatUsd('1234.565') //=> '$1,234.57'
 */
export function formatUsd(amount: string): string {
  const value = roundHalfUp(dec(amount), 2);
  const [whole = '0', cents = '00'] = value.abs().toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value.isNegative() && !value.isZero() ? '−' : ''}$${grouped}.${cents}`;
}

/**
 * A payment limit at its full given precision (at least cents), so "73 × $123.456 = $9,012.29"
 * can be checked by hand.
 *
 * @example formatLimit('123.456') //=> '$123.456'
 * @example formatLimit('10.5') //=> '$10.50'
 */
export function formatLimit(amount: string): string {
  const value = dec(amount);
  const places = Math.max(2, value.decimalPlaces());
  const [whole = '0', fraction = ''] = value.toFixed(places).split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
