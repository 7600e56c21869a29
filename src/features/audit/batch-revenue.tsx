// Medicare allowed totals for a whole CSV batch at the typed payment limit: as billed, corrected,
// and what the correct JW lines are allowed. Malformed rows are not priced.
import { useId } from 'react';
import { formatLimit, formatUsd, medicareRevenueTotals } from '../../domain';
import type { BatchRow } from './audit-csv';
import { type PaymentLimit, PaymentLimitFields } from './payment-limit-fields';

type BatchRevenueProps = {
  rows: readonly BatchRow[];
  paymentLimit: PaymentLimit;
  onPaymentLimitChange: (value: PaymentLimit) => void;
};

export function BatchRevenue({ rows, paymentLimit, onPaymentLimitChange }: BatchRevenueProps) {
  const id = useId();
  const audited = rows.filter((r) => r.status !== 'malformed');
  const totals = medicareRevenueTotals(audited, paymentLimit.limit, paymentLimit.quarter);
  return (
    <section className="audit-revenue" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Medicare revenue for the file</h3>
      <p className="audit-field__hint">
        Type the J9207 payment limit per unit from the current quarter's CMS ASP file. Malformed rows are not
        priced.
      </p>
      <PaymentLimitFields
        value={paymentLimit}
        onChange={onPaymentLimitChange}
        errors={totals.ok ? [] : totals.errors}
      />
      {totals.ok ? (
        <dl className="audit-revenue__totals">
          <dt>Claims priced</dt>
          <dd>
            {totals.claims} at {formatLimit(totals.paymentLimitPerUnit)} per unit ({totals.quarter})
          </dd>
          {totals.notPriced && totals.notPriced.length > 0 ? (
            <>
              <dt>Not priced</dt>
              <dd>
                {totals.notPriced.length} claim{totals.notPriced.length === 1 ? '' : 's'}: not Medicare, or a
                date of service outside {totals.quarter}
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
            {formatUsd(totals.jwAllowed)} allowed ({totals.jwUnits} discarded units); Medicare pays 80% after
            coinsurance, less 2% sequestration
          </dd>
        </dl>
      ) : null}
    </section>
  );
}
