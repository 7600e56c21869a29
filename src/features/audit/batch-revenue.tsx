// Medicare allowed totals for a whole CSV batch: one payment limit per quarter, typed by the coder
// (CMS quarterly ASP file); each Medicare claim is priced at its own date of service's quarter,
// every other claim is "not priced" with why. The rows stay in the batch worker, which works the
// totals out (domain: batchRevenue).
import { useEffect, useId, useState } from 'react';
import { type FieldError, formatLimit, formatUsd, lineRounding } from '../../domain';
import type { BatchLimits, BatchPaymentLimit } from './audit-csv';
import type { BatchRevenueResult } from './batch-types';
import { ValueField } from './value-field';

export type RevenueSource = { revenue: (limits: BatchLimits) => Promise<BatchRevenueResult> };

type BatchRevenueProps = {
  source: RevenueSource;
  limits: BatchLimits;
  onLimitsChange: (value: BatchPaymentLimit[]) => void;
};

const notYet: BatchRevenueResult = { ok: false, errors: [] };
const n = (value: number) => value.toLocaleString('en-US');

function QuarterLimitRow({
  index,
  value,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  value: BatchPaymentLimit;
  errors: readonly FieldError[];
  onChange: (value: BatchPaymentLimit) => void;
  onRemove?: () => void;
}) {
  const id = useId();
  const typed = value.limit.trim() !== '' || value.quarter.trim() !== '';
  const mine = (field: string) =>
    typed ? errors.find((e) => e.field === `limits[${index}].${field}`) : undefined;
  const quarterError = mine('quarter');
  const limitError = mine('paymentLimit');
  const label = `limit ${index + 1}`;
  return (
    <li className="audit-revenue__quarter">
      <ValueField
        id={`${id}-quarter`}
        label={`Quarter (e.g. 2026 Q4), ${label}`}
        value={value.quarter}
        onChange={(quarter) => onChange({ ...value, quarter })}
        error={quarterError?.message}
      />
      <ValueField
        id={`${id}-limit`}
        label={`Payment limit per unit ($), ${label}`}
        inputMode="decimal"
        value={value.limit}
        onChange={(limit) => onChange({ ...value, limit })}
        error={limitError?.message}
      />
      {onRemove ? (
        <button type="button" className="audit-button audit-button--secondary" onClick={onRemove}>
          Remove {label}
        </button>
      ) : null}
    </li>
  );
}

export function BatchRevenue({ source, limits, onLimitsChange }: BatchRevenueProps) {
  const id = useId();
  const [totals, setTotals] = useState<BatchRevenueResult>(notYet);
  useEffect(() => {
    let current = true;
    void source.revenue(limits).then((r) => {
      if (current) setTotals(r);
    });
    return () => {
      current = false;
    };
  }, [source, limits]);
  const errors = totals.ok ? [] : totals.errors;
  const anyTyped = limits.some((l) => l.limit.trim() !== '' || l.quarter.trim() !== '');
  const listError = anyTyped ? errors.find((e) => e.field === 'limits') : undefined;
  const set = (i: number, value: BatchPaymentLimit) =>
    onLimitsChange(limits.map((l, j) => (j === i ? value : l)));
  // Not-priced reasons, grouped so 5,000 claims from one quarter read as one line.
  const reasons = new Map<string, number>();
  if (totals.ok) {
    for (const np of totals.notPriced) {
      const key = np.quarter ? `Not priced: no payment limit was entered for ${np.quarter}.` : np.reason;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
  }
  return (
    <section className="audit-revenue" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Medicare revenue for the file</h3>
      <p className="audit-field__hint">
        Type the J9207 payment limit per unit from the CMS ASP file of each quarter the dates of service fall
        in. A Medicare claim is priced only at its own quarter's limit; other payers and malformed rows are
        not priced.
      </p>
      <ul className="audit-revenue__quarters">
        {limits.map((value, i) => (
          <QuarterLimitRow
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place; removing one re-keys the rest on purpose
            key={i}
            index={i}
            value={value}
            errors={errors}
            onChange={(v) => set(i, v)}
            {...(limits.length > 1
              ? { onRemove: () => onLimitsChange(limits.filter((_, j) => j !== i)) }
              : {})}
          />
        ))}
      </ul>
      <button
        type="button"
        className="audit-button audit-button--secondary"
        onClick={() => onLimitsChange([...limits, { quarter: '', limit: '' }])}
      >
        Add a quarter's limit
      </button>
      {listError ? <p className="audit-field__error">{listError.message}</p> : null}
      {totals.ok ? (
        <dl className="audit-revenue__totals">
          <dt>Claims priced</dt>
          <dd>
            {n(totals.claims)}
            {totals.quarters.length > 0
              ? `: ${totals.quarters
                  .map(
                    (q) => `${n(q.claims)} in ${q.quarter} at ${formatLimit(q.paymentLimitPerUnit)} per unit`,
                  )
                  .join('; ')}`
              : ''}
          </dd>
          {totals.notPriced.length > 0 ? (
            <>
              <dt>Not priced</dt>
              <dd>
                {n(totals.notPriced.length)} claim{totals.notPriced.length === 1 ? '' : 's'}
                <ul className="audit-revenue__reasons">
                  {[...reasons.entries()].map(([reason, count]) => (
                    <li key={reason}>
                      {n(count)} × {reason}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>Allowed, as billed</dt>
          <dd>{formatUsd(totals.billedAllowed)}</dd>
          <dt>Allowed, corrected</dt>
          <dd>{formatUsd(totals.correctedAllowed)}</dd>
          <dt>Difference</dt>
          <dd>{formatUsd(totals.difference)}</dd>
          <dt>Correct JW lines recover</dt>
          <dd>
            {formatUsd(totals.jwAllowed)} allowed ({n(totals.jwUnits)} discarded units)
          </dd>
          <dt>Medicare pays on the corrected lines</dt>
          <dd>
            {formatUsd(totals.correctedMedicarePayment)}: 80% after coinsurance, less sequestration at each
            date of service's rate
          </dd>
        </dl>
      ) : null}
      {totals.ok ? <p className="audit-field__hint">{lineRounding}</p> : null}
    </section>
  );
}
