// The payment limit per unit and its ASP quarter, typed by the coder (shared by the one-claim and
// batch views so it is typed once). Errors show once something is typed in either field, so an
// empty quarter beside a typed limit says what is missing.
import { useId } from 'react';
import type { FieldError } from '../../domain';

export type PaymentLimit = { limit: string; quarter: string };

type PaymentLimitFieldsProps = {
  value: PaymentLimit;
  onChange: (value: PaymentLimit) => void;
  errors: readonly FieldError[];
};

export function PaymentLimitFields({ value, onChange, errors }: PaymentLimitFieldsProps) {
  const id = useId();
  const limitError = value.limit.trim() !== '' ? errors.find((e) => e.field === 'paymentLimit') : undefined;
  const typed = value.limit.trim() !== '' || value.quarter.trim() !== '';
  const quarterError = typed ? errors.find((e) => e.field === 'quarter') : undefined;
  return (
    <div className="audit-revenue__inputs">
      <div className={`audit-field${limitError ? ' audit-field--invalid' : ''}`}>
        <label htmlFor={`${id}-limit`}>Payment limit per unit ($)</label>
        <input
          id={`${id}-limit`}
          inputMode="decimal"
          autoComplete="off"
          value={value.limit}
          onChange={(e) => onChange({ ...value, limit: e.target.value })}
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
          autoComplete="off"
          value={value.quarter}
          onChange={(e) => onChange({ ...value, quarter: e.target.value })}
          aria-invalid={quarterError ? true : undefined}
          aria-describedby={`${id}-quarter-hint${quarterError ? ` ${id}-quarter-error` : ''}`}
        />
        <p id={`${id}-quarter-hint`} className="audit-field__hint">
          Year and quarter of the ASP file, e.g. 2026 Q4.
        </p>
        {quarterError ? (
          <p id={`${id}-quarter-error`} className="audit-field__error">
            {quarterError.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
