// Medicare Part B amounts for the audited claim, from a payment limit per unit the coder types
// (with its quarter). No price is ever assumed: without a limit, nothing is priced.
import { useId } from 'react';
import { type BilledLine, formatUsd, medicareRevenue } from '../../domain';
import { type PaymentLimit, PaymentLimitFields } from './payment-limit-fields';

type RevenuePanelProps = {
  billed: BilledLine[];
  corrected: BilledLine[];
  paymentLimit: PaymentLimit;
  onPaymentLimitChange: (value: PaymentLimit) => void;
};

export function RevenuePanel({ billed, corrected, paymentLimit, onPaymentLimitChange }: RevenuePanelProps) {
  const id = useId();
  const revenue = medicareRevenue(billed, corrected, paymentLimit.limit, paymentLimit.quarter);

  return (
    <section className="audit-revenue" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Medicare revenue</h3>
      <p className="audit-field__hint">
        Type the J9207 payment limit per unit from the current quarter's CMS ASP file ("Payment Limit"
        column). The app holds no price of its own.
      </p>
      <PaymentLimitFields
        value={paymentLimit}
        onChange={onPaymentLimitChange}
        errors={revenue.ok ? [] : revenue.errors}
      />
      {revenue.ok ? (
        <div className="audit-revenue__amounts">
          <div className="audit-table-wrap">
            <table className="audit-revenue__table">
              <caption>
                Expected Medicare allowed amount per J9207 line at {formatUsd(revenue.paymentLimitPerUnit)}{' '}
                per unit ({revenue.quarter})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Corrected line</th>
                  <th scope="col">Units × limit</th>
                  <th scope="col">Allowed</th>
                </tr>
              </thead>
              <tbody>
                {revenue.corrected
                  .filter((p) => p.allowed !== undefined)
                  .map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their position
                    <tr key={i}>
                      <td>
                        <code>{[p.line.hcpcs, ...p.line.modifiers].join('-')}</code>
                      </td>
                      <td>
                        {p.line.units} × {formatUsd(revenue.paymentLimitPerUnit)}
                      </td>
                      <td>{formatUsd(p.allowed ?? '0')}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <dl className="audit-revenue__totals">
            <dt>Allowed, as billed</dt>
            <dd>{formatUsd(revenue.billedTotal.allowed)}</dd>
            <dt>Allowed, corrected</dt>
            <dd>{formatUsd(revenue.correctedTotal.allowed)}</dd>
            <dt>Difference</dt>
            <dd>{formatUsd(revenue.difference)}</dd>
            <dt>A correct JW line recovers</dt>
            <dd>
              {revenue.jwLine.units > 0
                ? `${formatUsd(revenue.jwLine.allowed)} allowed (${revenue.jwLine.units} × ${formatUsd(revenue.paymentLimitPerUnit)}); Medicare pays ${formatUsd(revenue.jwLine.medicarePayment)} of it`
                : 'Nothing: no whole unit is discarded.'}
            </dd>
            <dt>Medicare pays on the corrected claim</dt>
            <dd>
              {formatUsd(revenue.correctedTotal.allowed)} − 20% coinsurance{' '}
              {formatUsd(revenue.correctedTotal.coinsurance)} ={' '}
              {formatUsd(revenue.correctedTotal.medicarePortion)}; − 2% sequestration{' '}
              {formatUsd(revenue.correctedTotal.sequestration)} ={' '}
              {formatUsd(revenue.correctedTotal.medicarePayment)}
            </dd>
          </dl>
          <p className="audit-field__hint">
            The patient (or a supplemental plan) owes the 20% Part B coinsurance; the 2% sequestration applies
            to the Medicare portion after coinsurance. Amounts are exact and rounded half-up to the cent only
            for display. Source: {revenue.source}.
          </p>
        </div>
      ) : null}
    </section>
  );
}
