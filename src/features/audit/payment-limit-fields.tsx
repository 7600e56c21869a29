// The payment limit per unit and its ASP quarter, typed by the coder (shared by the one-claim and
// batch views so it is typed once). Errors show once something is typed in either field, so an
// empty quarter beside a typed limit says what is missing.
import { useId } from 'react';
import type { FieldError } from '../../domain';
import { ValueField } from './value-field';

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
      <ValueField
        id={`${id}-limit`}
        label="Payment limit per unit ($)"
        inputMode="decimal"
        value={value.limit}
        onChange={(limit) => onChange({ ...value, limit })}
        error={limitError?.message}
      />
      <ValueField
        id={`${id}-quarter`}
        label="ASP file quarter"
        hint="Year and quarter of the ASP file, e.g. 2026 Q4."
        value={value.quarter}
        onChange={(quarter) => onChange({ ...value, quarter })}
        error={quarterError?.message}
      />
    </div>
  );
}
