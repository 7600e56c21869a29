// A labelled text field for numbers or times, its hint and its error tied to it with
// aria-describedby. type="text" with inputmode keeps exactly what was typed ("72,5").
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

type TextFieldProps = {
  id: string;
  label: ReactNode;
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | 'text';
  type?: 'text' | 'time' | 'date';
  placeholder?: string;
  pattern?: string;
  maxLength?: number;
  /** Controls shown beside the input (e.g. the unit). */
  children?: ReactNode;
  /** Shown under the hint and the error (e.g. a question about the unit). */
  after?: ReactNode;
  className?: string;
  /** The value in the prerendered page, before the form takes over (the form's own default). */
  defaultValue?: string;
};

export function TextField({
  id,
  label,
  registration,
  hint,
  error,
  inputMode = 'decimal',
  type = 'text',
  placeholder,
  pattern,
  maxLength,
  children,
  after,
  className,
  defaultValue,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__row">
        <div className="field__control">
          <input
            id={id}
            className="field__input"
            type={type}
            inputMode={type === 'text' ? inputMode : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            pattern={pattern}
            maxLength={maxLength}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            defaultValue={defaultValue}
            {...registration}
          />
        </div>
        {children}
      </div>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {after}
    </div>
  );
}
