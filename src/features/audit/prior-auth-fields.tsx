// The prior authorization part of the one-claim form.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { AuditField } from './audit-field';
import type { ClaimFormValues } from './claim-form.resource';

type PriorAuthFieldsProps = {
  register: UseFormRegister<ClaimFormValues>;
  errors: FieldErrors<ClaimFormValues>;
};

export function PriorAuthFields({ register, errors }: PriorAuthFieldsProps) {
  return (
    <fieldset className="audit-fieldset">
      <legend>Prior authorization</legend>
      <div className="audit-grid">
        <AuditField id="paNumber" label="Authorization number" registration={register('paNumber')} />
        <AuditField
          id="paValidFrom"
          label="Valid from"
          type="date"
          registration={register('paValidFrom')}
          error={errors.paValidFrom?.message}
        />
        <AuditField
          id="paValidTo"
          label="Valid to"
          type="date"
          registration={register('paValidTo')}
          error={errors.paValidTo?.message}
        />
        <AuditField
          id="paUnits"
          label="Units authorized"
          inputMode="numeric"
          registration={register('paUnits')}
          error={errors.paUnits?.message}
        />
      </div>
    </fieldset>
  );
}
