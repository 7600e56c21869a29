// Medicare Part B amounts for the audited claim, from a payment limit per unit the coder types
// with its quarter. Only a Medicare claim whose date of service falls in that quarter is priced;
// otherwise the panel says why not. No price is ever assumed.
import { useId } from 'react';
import { type AuditSuccess, formatLimit, formatUsd, priceClaim } from '../../domain';
import { type PaymentLimit, PaymentLimitFields } from './payment-limit-fields';

type RevenuePanelProps = {
  result: AuditSuccess;
  paymentLimit: PaymentLimit;
  onPaymentLimitChange: (value: PaymentLimit) => void;
};

export function RevenuePanel({ result, paymentLimit, onPaymentLimitChange }: RevenuePanelProps) {
  const id = useId();
  const empty = paymentLimit.limit.trim() === '' && paymentLimit.quarter.trim() === '';
  const priced = priceClaim(
    {
      ...(result.dateOfService ? { dateOfService: result.dateOfService } : {}),
      ...(result.payer ? { payer: result.payer } : {}),
    },
    result.billed,
    result.corrected,
    [paymentLimit],
  );
  const errors =
    priced.status === 'invalid'
      ? priced.errors.map((e) => ({ ...e, field: e.field.replace(/^limits\[0\]\./, '') }))
      : [];

  return (
    <section className="audit-revenue" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Medicare revenue</h3>
      <p className="audit-field__hint">
        Type the J9207 payment limit per unit from the CMS ASP file ("Payment Limit" column) for the quarter
        of the date of service. The app holds no price of its own.
      </p>
      <PaymentLimitFields value={paymentLimit} onChange={onPaymentLimitChange} errors={errors} />
      {empty ? (
        <p className="audit-revenue__status" role="status">
          Not priced: no payment limit typed yet.
        </p>
      ) : priced.status === 'not-priced' ? (
        <p className="audit-revenue__status" role="status">
          {priced.reason}
        </p>
      ) : null}
      {priced.status === 'priced' ? <RevenueAmounts revenue={priced.revenue} /> : null}
    </section>
  );
}

function RevenueAmounts({
  revenue,
}: {
  revenue: Extract<ReturnType<typeof priceClaim>, { status: 'priced' }>['revenue'];
}) {
  const limit = formatLimit(revenue.paymentLimitPerUnit);
  const seq = revenue.sequestrationPercent ?? 0;
  return (
    <div className="audit-revenue__amounts">
      <div className="audit-table-wrap">
        <table className="audit-revenue__table">
          <caption>
            Expected Medicare allowed amount per corrected J9207 line at {limit} per unit ({revenue.quarter})
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
                    {p.line.units} × {limit} = {p.exact}
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
            ? `${formatUsd(revenue.jwLine.allowed)} allowed (${revenue.jwLine.units} × ${limit}); Medicare pays ${formatUsd(revenue.jwLine.medicarePayment)} of it`
            : 'Nothing: the corrected lines bill no discarded units.'}
        </dd>
        <dt>Medicare pays on the corrected claim</dt>
        <dd>
          {formatUsd(revenue.correctedTotal.allowed)} − 20% coinsurance{' '}
          {formatUsd(revenue.correctedTotal.coinsurance)} ={' '}
          {formatUsd(revenue.correctedTotal.medicarePortion)}; − {seq}% sequestration{' '}
          {formatUsd(revenue.correctedTotal.sequestration)} ={' '}
          {formatUsd(revenue.correctedTotal.medicarePayment)}
        </dd>
      </dl>
      <p className="audit-field__hint">
        The patient (or a supplemental plan) owes the 20% Part B coinsurance. Sequestration on this date of
        service: {seq}% ({revenue.sequestrationSource}). {revenue.rounding} Source: {revenue.source}.
      </p>
    </div>
  );
}
