// The second checker's blind entry: height and weight with units, the ordered mg/m², the BSA
// formula and rounding (starting from the institution's policy), and initials. It knows nothing of
// the first calculation: it only hands its own entry up on submit.
import { useEffect, useId, useRef } from 'react';
import { type UseFormRegisterReturn, useForm } from 'react-hook-form';
import { bsaFormulaInfo, bsaFormulas, type DoubleCheckEntry } from '../../domain';
import {
  defaultInstitutionPolicy,
  evaluateSecondEntry,
  type InstitutionPolicy,
  type SecondCheckValues,
  secondCheckDefaults,
  secondCheckResolver,
} from './second-check.resource';

type SecondCheckFormProps = {
  institution?: InstitutionPolicy;
  onSubmit: (entry: DoubleCheckEntry, initials: string) => void;
  onCancel: () => void;
};

type FieldProps = {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: string;
  inputMode?: 'decimal' | 'text';
  children?: React.ReactNode;
};

function Field({ id, label, registration, error, hint, inputMode = 'decimal', children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`dc-field${error ? ' dc-field--invalid' : ''}`}>
      <label className="dc-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="dc-field__row">
        <input
          id={id}
          className="dc-field__input"
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          {...registration}
        />
        {children}
      </div>
      {hint ? (
        <p className="dc-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="dc-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function UnitChoice({
  name,
  legend,
  units,
  registration,
}: {
  name: string;
  legend: string;
  units: readonly [string, string];
  registration: UseFormRegisterReturn;
}) {
  return (
    <fieldset className="dc-units">
      <legend className="visually-hidden">{legend}</legend>
      {units.map((unit) => (
        <span className="dc-units__option" key={unit}>
          <input type="radio" id={`${name}-${unit}`} value={unit} {...registration} />
          <label htmlFor={`${name}-${unit}`}>{unit}</label>
        </span>
      ))}
    </fieldset>
  );
}

function Select({
  id,
  label,
  registration,
  options,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="dc-field">
      <label className="dc-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="dc-field__select" {...registration}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SecondCheckForm({
  institution = defaultInstitutionPolicy,
  onSubmit,
  onCancel,
}: SecondCheckFormProps) {
  const prefix = `second-${useId().replace(/:/g, '')}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitted },
  } = useForm<SecondCheckValues>({
    defaultValues: secondCheckDefaults(institution),
    resolver: secondCheckResolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = handleSubmit((values) => {
    const evaluation = evaluateSecondEntry(values);
    if (evaluation.ok) onSubmit(evaluation.entry, evaluation.initials);
  });
  const errorCount = Object.keys(errors).length;

  return (
    <form className="dc-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`} ref={headingRef} tabIndex={-1} className="dc-form__title">
        Second check: independent entry
      </h2>
      <p className="dc-form__intro">
        Enter the height, weight and ordered dose yourself, from the chart and the order. The first
        calculation stays hidden until you compare.
      </p>
      {isSubmitted && errorCount > 0 ? (
        <p className="dc-form__summary" role="alert">
          {errorCount === 1 ? 'One entry needs attention.' : `${errorCount} entries need attention.`}
        </p>
      ) : null}
      <div className="dc-form__grid">
        <Field
          id={`${prefix}-height`}
          label="Height"
          registration={register('height')}
          error={errors.height?.message}
        >
          <UnitChoice
            name={`${prefix}-height-unit`}
            legend="Height unit"
            units={['cm', 'in']}
            registration={register('heightUnit')}
          />
        </Field>
        <Field
          id={`${prefix}-weight`}
          label="Weight"
          registration={register('weight')}
          error={errors.weight?.message}
        >
          <UnitChoice
            name={`${prefix}-weight-unit`}
            legend="Weight unit"
            units={['kg', 'lb']}
            registration={register('weightUnit')}
          />
        </Field>
        <Field
          id={`${prefix}-dose`}
          label="Dose (mg/m²)"
          registration={register('dose')}
          error={errors.dose?.message}
          hint="As ordered (the label dose is 40 mg/m²)."
        />
        <Select
          id={`${prefix}-formula`}
          label="BSA formula"
          registration={register('bsaFormula')}
          options={bsaFormulas.map((f) => ({ value: f, label: bsaFormulaInfo[f].name }))}
        />
      </div>
      <details className="dc-form__rounding">
        <summary>Rounding (set to the institution's policy)</summary>
        <div className="dc-form__grid">
          <Select
            id={`${prefix}-bsa-rounding`}
            label="BSA rounding"
            registration={register('bsaDecimals')}
            options={[
              { value: '2', label: 'Half-up to 0.01 m²' },
              { value: 'none', label: 'None (unrounded)' },
            ]}
          />
          <Select
            id={`${prefix}-dose-rounding`}
            label="Dose rounding"
            registration={register('doseDecimals')}
            options={[
              { value: '0', label: 'Half-up to 1 mg' },
              { value: '1', label: 'Half-up to 0.1 mg' },
              { value: '2', label: 'Half-up to 0.01 mg' },
            ]}
          />
          <Select
            id={`${prefix}-vial-rounding`}
            label="Vial rounding"
            registration={register('vialRoundingPercent')}
            options={[
              { value: '0', label: 'Off' },
              { value: '5', label: 'Nearest vial within 5%' },
              { value: '10', label: 'Nearest vial within 10%' },
            ]}
          />
        </div>
      </details>
      <Field
        id={`${prefix}-initials`}
        label="Your initials (second check)"
        registration={register('initials')}
        error={errors.initials?.message}
        inputMode="text"
      />
      <div className="dc-actions">
        <button type="submit" className="dc-button dc-button--primary">
          Compare with the first check
        </button>
        <button type="button" className="dc-button" onClick={onCancel}>
          Cancel second check
        </button>
      </div>
    </form>
  );
}
