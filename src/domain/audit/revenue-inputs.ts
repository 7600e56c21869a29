// The payment limits and quarters as the user typed them, read into exact amounts and canonical
// quarters ("2026 Q4"), with an error a coder understands for each one that cannot be read. Used by
// the pricing in revenue.ts and revenue-batch.ts.
import { type Dec, dec } from '../decimal';
import type { FieldError } from '../types';

/** A payment limit typed for a quarter, as the user typed both. */
export type QuarterLimitInput = { limit: unknown; quarter: unknown };

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

/** Shared with revenue-batch.ts. */
export function readLimitAndQuarter(
  paymentLimitPerUnit: unknown,
  quarter: unknown,
): { ok: true; limit: Dec; quarter: string } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const limit = readPaymentLimit(paymentLimitPerUnit);
  if (!limit) {
    errors.push({
      field: 'paymentLimit',
      message: 'Enter the payment limit per unit from the CMS ASP file as an amount above 0 (e.g. 12.345).',
    });
  }
  const q = readQuarter(quarter);
  if (!q) {
    errors.push({
      field: 'quarter',
      message:
        typeof quarter === 'string' && quarter.trim() === ''
          ? 'Enter the quarter of the ASP file the limit comes from (year and quarter, e.g. 2026 Q4): a limit prices only claims with a date of service in its quarter.'
          : 'Write the quarter as the year and quarter, e.g. 2026 Q4.',
    });
  }
  if (!limit || !q) return { ok: false, errors };
  return { ok: true, limit, quarter: q };
}

/**
 * Reads the typed limits, one per quarter. Empty entries are skipped; a quarter given twice with
 * different limits is an error.
 */
export function readQuarterLimits(
  entries: readonly QuarterLimitInput[],
): { ok: true; limits: Map<string, Dec> } | { ok: false; errors: FieldError[] } {
  const limits = new Map<string, Dec>();
  const errors: FieldError[] = [];
  entries.forEach((entry, i) => {
    const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    if (blank(entry.limit) && blank(entry.quarter)) return;
    const read = readLimitAndQuarter(entry.limit, entry.quarter);
    if (!read.ok) {
      for (const e of read.errors) errors.push({ field: `limits[${i}].${e.field}`, message: e.message });
      return;
    }
    const known = limits.get(read.quarter);
    if (known && !known.equals(read.limit)) {
      errors.push({
        field: `limits[${i}].quarter`,
        message: `${read.quarter} has two different limits: keep the one from that quarter's ASP file.`,
      });
      return;
    }
    limits.set(read.quarter, read.limit);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, limits };
}
