// Medicare Part B amounts for the audited claim, from a payment limit per unit the coder types
// (with its quarter). No price is ever assumed: without a limit, nothing is priced.
import { useId, useState } from 'react';
import { type BilledLine, formatUsd, medicareRevenue } from '../../domain';

export function RevenuePanel({ billed, corrected }: { billed: BilledLine[]; corrected: BilledLine[] }) {
  const [limit, setLimit] = useState('');
  const [quarter, setQuarter] = useState('');
  const id = useId();
  const touched = limit.trim() !== '' || quarter.trim() !== '';
  const revenue = medicareRevenue(billed, corrected, limit, quarter);
  const errorOf = (field: string) =>
    !revenue.ok && touched ? revenue.errors.find((e) => e.field === field) : undefined;
  const limitError = limit.trim() !== '' ? errorOf('paymentLimit') : undefined;
  const quarterError = quarter.trim() !== '' ? errorOf('quarter') : undefined;

  return (
    <section className="audit-revenue" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Medicare revenue</h3>
      <p className="audit-field__hint">
        Type the J9207 payment limit per unit from the current quarter's CMS ASP file ("Payment Limit"
        column). The app holds no price of its own.
      </p>
      <div className="audit-revenue__inputs">
        <div className={`audit-field${limitError ? ' audit-field--invalid' : ''}`}>
          <label htmlFor={`${id}-limit`}>Payment limit per unit ($)</label>
          <input
            id={`${id}-limit`}
            inputMode="decimal"
            autoComplete="off"
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            aria-invalid={limitError ? true : undefined}
            aria-describedby={limitError ? `${id}-limit-error` : undefined}
          />
          {limitError ? (
            <p id={`${id}-limit-error`} className="audit-field__error">
              {limitError.message}
            </p>
          ) : null}
        </div>
        <div className={`audit-field${quarterError ? ' audit-field--invalid' : ''}`}>
          <label htmlFor={`${id}-quarter`}>ASP file quarter</label>
          <input
            id={`${id}-quarter`}
            placeholder="2026 Q4"
            autoComplete="off"
            value={quarter}
            onChange={(e) => setQuarter(e.target.value)}
            aria-invalid={quarterError ? true : undefined}
            aria-describedby={quarterError ? `${id}-quarter-error` : undefined}
          />
          {quarterError ? (
            <p id={`${id}-quarter-error`} className="audit-field__error">
              {quarterError.message}
            </p>
          ) : null}
        </div>
      </div>
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
