// One claim: the coder types the documentation and the billed lines, presses Audit, and sees the
// findings and the corrected lines, the Medicare amounts, the 837 segments and a printable report.
// Any edit after an audit hides the result (never stale).
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type FieldPath, useForm, useWatch } from 'react-hook-form';
import { type AuditClaim, type AuditSuccess, auditClaim, type FieldError } from '../../domain';
import { AuditField } from './audit-field';
import { AuditResult } from './audit-result';
import { BilledLinesFields } from './billed-lines-fields';
import {
  type ClaimFormValues,
  claimFormDefaults,
  claimFormSchema,
  claimFromForm,
  formFieldOf,
} from './claim-form.resource';
import { ClaimSegmentsPanel } from './claim-segments';
import { DocumentationFields } from './documentation-fields';
import type { PaymentLimit } from './payment-limit-fields';
import { PriorAuthFields } from './prior-auth-fields';
import { RevenuePanel } from './revenue-panel';

/** The audited form (as typed), the claim and its result, and a count so each audit remounts the result. */
type Audited = { key: string; claim: AuditClaim; result: AuditSuccess; auditDate: string; run: number };

type ClaimAuditProps = {
  paymentLimit: PaymentLimit;
  onPaymentLimitChange: (value: PaymentLimit) => void;
  /** Today's date, "YYYY-MM-DD", read when the coder presses Audit. */
  today: () => string;
};

export function ClaimAudit({ paymentLimit, onPaymentLimitChange, today }: ClaimAuditProps) {
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<ClaimFormValues>({ resolver: zodResolver(claimFormSchema), defaultValues: claimFormDefaults });
  const values = useWatch({ control });
  const [audited, setAudited] = useState<Audited | undefined>();
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);
  const doseSource = values.doseSource ?? 'mg';
  const current = audited && audited.key === JSON.stringify(values) ? audited : undefined;

  const onSubmit = (v: ClaimFormValues) => {
    const claim = claimFromForm(v);
    const auditDate = today();
    const result = auditClaim(claim, { auditDate });
    if (!result.ok) {
      setAudited(undefined);
      const rest: FieldError[] = [];
      for (const e of result.errors) {
        const field = formFieldOf(e);
        if (field) setError(field as FieldPath<ClaimFormValues>, { type: 'domain', message: e.message });
        else rest.push(e);
      }
      setUnplaced(rest);
      return;
    }
    setUnplaced([]);
    // The key is the form as typed (same shape as useWatch), so any edit marks the result stale.
    setAudited((previous) => ({
      key: JSON.stringify(getValues()),
      claim,
      result,
      auditDate,
      run: (previous?.run ?? 0) + 1,
    }));
  };

  return (
    <div className="audit-claim">
      <form className="audit-form" noValidate onSubmit={handleSubmit(onSubmit)} aria-label="Claim to audit">
        <fieldset className="audit-fieldset">
          <legend>Claim</legend>
          <div className="audit-grid">
            <AuditField
              id="dateOfService"
              label="Date of service"
              type="date"
              registration={register('dateOfService')}
              error={errors.dateOfService?.message}
            />
            <div className="audit-field">
              <label htmlFor="payerType">Payer</label>
              <select id="payerType" {...register('payerType')}>
                <option value="medicare">Medicare</option>
                <option value="medicaid">Medicaid</option>
                <option value="commercial">Commercial</option>
                <option value="other">Other</option>
              </select>
            </div>
          </div>
          <label className="audit-check">
            <input type="checkbox" {...register('kxRequired')} />
            The payer's policy asks for the KX modifier on this drug
          </label>
          {values.payerType && values.payerType !== 'medicare' ? (
            <label className="audit-check">
              <input type="checkbox" {...register('jwJzRequired')} />
              The payer's policy asks for JW/JZ (Medicare always does; otherwise the audit notes to check the
              policy)
            </label>
          ) : null}
        </fieldset>

        <DocumentationFields register={register} errors={errors} doseSource={doseSource} />

        <BilledLinesFields control={control} register={register} errors={errors.lines} />

        <PriorAuthFields register={register} errors={errors} />

        {unplaced.length > 0 ? (
          <div className="audit-errors" role="alert">
            <p>The claim cannot be audited yet:</p>
            <ul>
              {unplaced.map((e) => (
                <li key={`${e.field}-${e.message}`}>{e.message}</li>
              ))}
            </ul>
          </div>
        ) : null}

        <button type="submit" className="audit-button audit-button--primary">
          Audit claim
        </button>
      </form>

      <div className="audit-claim__output">
        {current ? (
          <>
            <AuditResult key={current.run} result={current.result} auditDate={current.auditDate} />
            <RevenuePanel
              result={current.result}
              paymentLimit={paymentLimit}
              onPaymentLimitChange={onPaymentLimitChange}
            />
            <ClaimSegmentsPanel
              corrected={current.result.corrected}
              kits={current.claim.documentation?.kits}
            />
          </>
        ) : audited ? (
          <p className="audit-stale" role="status">
            The claim has changed since the last audit: press “Audit claim” to check it again.
          </p>
        ) : (
          <p className="audit-placeholder">
            Type the documentation and the billed lines, then press “Audit claim”: the billed and corrected
            lines, the findings with their fixes and the Medicare amounts appear here.
          </p>
        )}
      </div>
    </div>
  );
}
