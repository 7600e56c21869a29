// The billed lines of the one-claim form: code, modifiers and units per line; add and remove lines.
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { type ClaimFormValues, emptyLine } from './claim-form.resource';

type BilledLinesFieldsProps = {
  control: Control<ClaimFormValues>;
  register: UseFormRegister<ClaimFormValues>;
  errors: FieldErrors<ClaimFormValues>['lines'];
};

export function BilledLinesFields({ control, register, errors }: BilledLinesFieldsProps) {
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  return (
    <fieldset className="audit-fieldset audit-lines">
      <legend>Billed lines</legend>
      <p className="audit-field__hint" id="lines-hint">
        One row per claim line, drug and administration codes alike (J9207, 96413, 96415…). Modifiers
        separated by spaces: JW JG.
      </p>
      <ol className="audit-lines__list">
        {fields.map((field, i) => {
          const e = errors?.[i];
          const n = i + 1;
          const errorIds = (['code', 'modifiers', 'units'] as const)
            .filter((k) => e?.[k])
            .map((k) => `line-${i}-${k}-error`);
          return (
            <li key={field.id} className="audit-lines__row">
              <div className="audit-field audit-lines__code">
                <label htmlFor={`line-${i}-code`}>Line {n} code</label>
                <input
                  id={`line-${i}-code`}
                  autoComplete="off"
                  aria-invalid={e?.code ? true : undefined}
                  aria-describedby={e?.code ? `line-${i}-code-error` : undefined}
                  {...register(`lines.${i}.code`)}
                />
              </div>
              <div className="audit-field audit-lines__mods">
                <label htmlFor={`line-${i}-modifiers`}>Line {n} modifiers</label>
                <input
                  id={`line-${i}-modifiers`}
                  autoComplete="off"
                  aria-invalid={e?.modifiers ? true : undefined}
                  aria-describedby={e?.modifiers ? `line-${i}-modifiers-error` : undefined}
                  {...register(`lines.${i}.modifiers`)}
                />
              </div>
              <div className="audit-field audit-lines__units">
                <label htmlFor={`line-${i}-units`}>Line {n} units</label>
                <input
                  id={`line-${i}-units`}
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={e?.units ? true : undefined}
                  aria-describedby={e?.units ? `line-${i}-units-error` : undefined}
                  {...register(`lines.${i}.units`)}
                />
              </div>
              <button
                type="button"
                className="audit-button audit-button--quiet audit-lines__remove"
                onClick={() => remove(i)}
                aria-label={`Remove line ${n}`}
              >
                Remove
              </button>
              {errorIds.length > 0 ? (
                <div className="audit-lines__errors">
                  {(['code', 'modifiers', 'units'] as const).map((k) =>
                    e?.[k] ? (
                      <p key={k} id={`line-${i}-${k}-error`} className="audit-field__error">
                        Line {n}: {e[k]?.message}
                      </p>
                    ) : null,
                  )}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="audit-button audit-button--secondary"
        onClick={() => append({ ...emptyLine })}
      >
        Add a line
      </button>
    </fieldset>
  );
}
