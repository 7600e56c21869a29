// A checkbox with a large touch target and an optional hint.
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

type CheckFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  registration: UseFormRegisterReturn;
};

export function CheckField({ id, label, hint, registration }: CheckFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="check-field">
      <input type="checkbox" id={id} aria-describedby={hintId} {...registration} />
      <label htmlFor={id}>
        {label}
        {hint ? (
          <span className="check-field__hint" id={hintId}>
            {hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}
