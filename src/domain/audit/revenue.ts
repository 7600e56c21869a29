// Medicare Part B allowed amounts for J9207 lines from a payment limit per unit the user types
// (CMS quarterly ASP file, "Payment Limit"), never from a price the user did not give. Exact
// decimals throughout; amounts are rounded half-up to cents only for display (formatUsd).
import { type Dec, dec, fmt, roundHalfUp } from '../decimal';
import { hcpcsCode } from '../facts';
import type { FieldError } from '../types';
import { auditSources, partBCoinsurancePercent, sequestrationPercent } from './audit-facts';
import type { BilledLine } from './types';

export type PricedLine = {
  line: BilledLine /** Exact allowed amount, dollars; undefined when not J9207. */;
  allowed?: string;
};

export type PaymentSplit = {
  /** Exact decimal strings, dollars. */
  allowed: string;
  coinsurance: string;
  medicarePortion: string;
  sequestration: string;
  medicarePayment: string;
};

export type Revenue = {
  ok: true;
  paymentLimitPerUnit: string;
  quarter: string;
  billed: PricedLine[];
  corrected: PricedLine[];
  billedTotal: PaymentSplit;
  correctedTotal: PaymentSplit;
  /** What the corrected JW line is allowed: discarded units × limit (0 when nothing is discarded). */
  jwLine: PaymentSplit & { units: number };
  /** Corrected − billed allowed amount (negative when the claim billed too much). */
  difference: string;
  source: string;
};

export type RevenueResult = Revenue | { ok: false; errors: FieldError[] };

/**
 * Reads a payment limit typed by the user: a positive decimal ("$" and thousands commas allowed).
 *
 * @example readPaymentLimit('$1,234.567')?.toFixed() //=> '1234.567'
 */
export function readPaymentLimit(value: unknown): Dec | undefined {
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : typeof value === 'string'
        ? value
        : '';
  const cleaned = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const limit = dec(cleaned);
  return limit.greaterThan(0) ? limit : undefined;
}

/** "2026 Q4", "2026Q4" or "Q4 2026" → "2026 Q4"; undefined otherwise. */
export function readQuarter(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim().toUpperCase();
  const a = /^(\d{4})\s*-?\s*Q([1-4])$/.exec(t);
  if (a) return `${a[1]} Q${a[2]}`;
  const b = /^Q([1-4])\s*-?\s*(\d{4})$/.exec(t);
  if (b) return `${b[2]} Q${b[1]}`;
  return undefined;
}

/**
 * Allowed amount, coinsurance, the Medicare portion after coinsurance, sequestration on that
 * portion and what Medicare pays: allowed × 80% × 98%.
 *
 * @example split(dec(1000)) //=> allowed 1000, coinsurance 200, medicarePortion 800, sequestration 16, medicarePayment 784
 */
export function split(allowed: Dec): PaymentSplit {
  const coinsurance = allowed.times(partBCoinsurancePercent).dividedBy(100);
  const portion = allowed.minus(coinsurance);
  const sequestration = portion.times(sequestrationPercent).dividedBy(100);
  return {
    allowed: fmt(allowed),
    coinsurance: fmt(coinsurance),
    medicarePortion: fmt(portion),
    sequestration: fmt(sequestration),
    medicarePayment: fmt(portion.minus(sequestration)),
  };
}

function price(lines: readonly BilledLine[], limit: Dec): { priced: PricedLine[]; total: Dec } {
  let total = dec(0);
  const priced = lines.map((line) => {
    if (line.hcpcs !== hcpcsCode) return { line };
    const allowed = limit.times(line.units);
    total = total.plus(allowed);
    return { line, allowed: fmt(allowed) };
  });
  return { priced, total };
}

/**
 * Medicare allowed amounts for billed and corrected J9207 lines: units × payment limit per unit.
 *
 * @example
 * medicareRevenue([{ hcpcs: 'J9207', modifiers: [], units: 73 }],
 *   [{ hcpcs: 'J9207', modifiers: [], units: 73 }, { hcpcs: 'J9207', modifiers: ['JW'], units: 2 }], '10.50', '2026 Q4')
 * //=> billedTotal.allowed '766.5', correctedTotal.allowed '787.5', jwLine.allowed '21', difference '21'
 */
export function medicareRevenue(
  billed: readonly BilledLine[],
  corrected: readonly BilledLine[],
  paymentLimitPerUnit: unknown,
  quarter: unknown,
): RevenueResult {
  const errors: FieldError[] = [];
  const limit = readPaymentLimit(paymentLimitPerUnit);
  if (!limit) {
    errors.push({
      field: 'paymentLimit',
      message:
        'Enter the payment limit per unit from the current CMS ASP file as an amount above 0 (e.g. 12.345).',
    });
  }
  const q = readQuarter(quarter);
  if (!q)
    errors.push({
      field: 'quarter',
      message: 'Enter the quarter of the ASP file the limit comes from, e.g. 2026 Q4.',
    });
  if (!limit || !q) return { ok: false, errors };

  const b = price(billed, limit);
  const c = price(corrected, limit);
  const jwUnits = corrected
    .filter((l) => l.hcpcs === hcpcsCode && l.modifiers.includes('JW'))
    .reduce((s, l) => s + l.units, 0);
  return {
    ok: true,
    paymentLimitPerUnit: fmt(limit),
    quarter: q,
    billed: b.priced,
    corrected: c.priced,
    billedTotal: split(b.total),
    correctedTotal: split(c.total),
    jwLine: { units: jwUnits, ...split(limit.times(jwUnits)) },
    difference: fmt(c.total.minus(b.total)),
    source: auditSources.revenue,
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

export type RevenueTotals = {
  ok: true;
  paymentLimitPerUnit: string;
  quarter: string;
  claims: number;
  /** Exact decimal strings, dollars. */
  billedAllowed: string;
  correctedAllowed: string;
  difference: string;
  /** Discarded units on the corrected JW lines, and what they are allowed. */
  jwUnits: number;
  jwAllowed: string;
  source: string;
};

/**
 * Medicare allowed totals over many audited claims (a CSV batch): J9207 units × the typed limit.
 *
 * @example
 * medicareRevenueTotals([{ billed: [J9207 × 73], corrected: [J9207 × 73, J9207-JW × 2] },
 *   { billed: [J9207 × 80], corrected: [J9207 × 73, J9207-JW × 2] }], '10', '2026 Q4')
 * //=> billedAllowed '1530', correctedAllowed '1500', difference '-30', jwUnits 4, jwAllowed '40'
 */
export function medicareRevenueTotals(
  claims: readonly { billed: readonly BilledLine[]; corrected: readonly BilledLine[] }[],
  paymentLimitPerUnit: unknown,
  quarter: unknown,
): RevenueTotals | { ok: false; errors: FieldError[] } {
  const check = medicareRevenue([], [], paymentLimitPerUnit, quarter);
  if (!check.ok) return check;
  const limit = dec(check.paymentLimitPerUnit);
  const units = (lines: readonly BilledLine[], jwOnly: boolean) =>
    lines
      .filter((l) => l.hcpcs === hcpcsCode && (!jwOnly || l.modifiers.includes('JW')))
      .reduce((s, l) => s + l.units, 0);
  let billed = 0;
  let corrected = 0;
  let jw = 0;
  for (const c of claims) {
    billed += units(c.billed, false);
    corrected += units(c.corrected, false);
    jw += units(c.corrected, true);
  }
  return {
    ok: true,
    paymentLimitPerUnit: check.paymentLimitPerUnit,
    quarter: check.quarter,
    claims: claims.length,
    billedAllowed: fmt(limit.times(billed)),
    correctedAllowed: fmt(limit.times(corrected)),
    difference: fmt(limit.times(corrected - billed)),
    jwUnits: jw,
    jwAllowed: fmt(limit.times(jw)),
    source: check.source,
  };
}
