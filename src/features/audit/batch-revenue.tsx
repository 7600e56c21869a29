// Medicare allowed totals for a whole CSV batch at the typed payment limit: as billed, corrected,
// and what the correct JW lines are allowed. Malformed rows are not priced. The rows stay in the
// batch worker, which works the totals out (domain: medicareRevenueTotals).
import { useEffect, useId, useState } from 'react';
import { formatUsd } from '../../domain';
import type { BatchPaymentLimit } from './audit-csv';
import type { BatchRevenueResult } from './batch-types';
import { type PaymentLimit, PaymentLimitFields } from './payment-limit-fields';

export type RevenueSource = { revenue: (payment: BatchPaymentLimit) => Promise<BatchRevenueResult> };

type BatchRevenueProps = {
  source: RevenueSource;
  paymentLimit: PaymentLimit;
  onPaymentLimitChange: (value: PaymentLimit) => void;
};

const notYet: BatchRevenueResult = { ok: false, errors: [] };

export function BatchRevenue({ source, paymentLimit, onPaymentLimitChange }: BatchRevenueProps) {
  const id = useId();
  const [totals, setTotals] = useState<BatchRevenueResult>(notYet);
  const { limit, quarter } = paymentLimit;
  useEffect(() => {
    let current = true;
    void source.revenue({ limit, quarter }).then((r) => {
      if (current) setTotals(r);
    });
    return () => {
      current = false;
    };
  }, [source, limit, quarter]);
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
            {totals.claims} at {formatUsd(totals.paymentLimitPerUnit)} per unit ({totals.quarter})
          </dd>
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
