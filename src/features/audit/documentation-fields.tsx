// The documentation part of the one-claim form: the dose (in mg, or height, weight and mg/m²),
// the kits opened, the amount discarded and the infusion times.

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { timeHint } from '../../lib/time-field';
import { AuditField } from './audit-field';
import type { ClaimFormValues } from './claim-form.resource';

type DocumentationFieldsProps = {
  register: UseFormRegister<ClaimFormValues>;
  errors: FieldErrors<ClaimFormValues>;
  doseSource: ClaimFormValues['doseSource'];
};

export function DocumentationFields({ register, errors, doseSource }: DocumentationFieldsProps) {
  return (
    <fieldset className="audit-fieldset">
      <legend>Documentation</legend>
      <fieldset className="audit-choice">
        <legend>Dose documented as</legend>
        <label>
          <input type="radio" value="mg" {...register('doseSource')} /> mg given
        </label>
        <label>
          <input type="radio" value="bsa" {...register('doseSource')} /> height, weight and mg/m²
        </label>
      </fieldset>
      {doseSource === 'mg' ? (
        <AuditField
          id="doseMg"
          label="Dose given (mg)"
          inputMode="decimal"
          registration={register('doseMg')}
          error={errors.doseMg?.message}
        />
      ) : (
        <div className="audit-grid">
          <div className="audit-with-unit">
            <AuditField
              id="height"
              label="Height"
              inputMode="decimal"
              registration={register('height')}
              error={errors.height?.message}
            />
            <div className="audit-field">
              <label htmlFor="heightUnit">Height unit</label>
              <select id="heightUnit" {...register('heightUnit')}>
                <option value="cm">cm</option>
                <option value="in">in</option>
              </select>
            </div>
          </div>
          <div className="audit-with-unit">
            <AuditField
              id="weight"
              label="Weight"
              inputMode="decimal"
              registration={register('weight')}
              error={errors.weight?.message}
            />
            <div className="audit-field">
              <label htmlFor="weightUnit">Weight unit</label>
              <select id="weightUnit" {...register('weightUnit')}>
                <option value="kg">kg</option>
                <option value="lb">lb</option>
              </select>
            </div>
          </div>
          <AuditField
            id="doseMgPerM2"
            label="Ordered dose (mg/m²)"
            inputMode="decimal"
            hint="Mosteller BSA, rounded as the dosing view does by default."
            registration={register('doseMgPerM2')}
            error={errors.doseMgPerM2?.message}
          />
        </div>
      )}
      <div className="audit-grid">
        <AuditField
          id="kits45"
          label="45 mg kits opened"
          inputMode="numeric"
          registration={register('kits45')}
          error={errors.kits45?.message}
        />
        <AuditField
          id="kits15"
          label="15 mg kits opened"
          inputMode="numeric"
          registration={register('kits15')}
          error={errors.kits15?.message}
        />
        <div className="audit-field">
          <label htmlFor="audit-kitsAvailable">Kit sizes on hand (documented)</label>
          <select id="audit-kitsAvailable" {...register('kitsAvailable')}>
            <option value="">Not documented (15 mg and 45 mg)</option>
            <option value="both">15 mg and 45 mg</option>
            <option value="45">45 mg only</option>
            <option value="15">15 mg only</option>
          </select>
        </div>
        <AuditField
          id="discardedMg"
          label="Amount discarded (mg)"
          inputMode="decimal"
          registration={register('discardedMg')}
          error={errors.discardedMg?.message}
        />
        <AuditField
          id="infusionStart"
          label="Infusion start"
          inputMode="numeric"
          placeholder="HH:MM"
          hint={timeHint}
          registration={register('infusionStart')}
          error={errors.infusionStart?.message}
        />
        <AuditField
          id="infusionStop"
          label="Infusion stop"
          inputMode="numeric"
          placeholder="HH:MM"
          hint={`${timeHint} A stop before the start counts as the next day.`}
          registration={register('infusionStop')}
          error={errors.infusionStop?.message}
        />
      </div>
    </fieldset>
  );
}
