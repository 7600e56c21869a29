// A labelled input of the audit form with its hint and error tied to it (aria-describedby).
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

type AuditFieldProps = {
  id: string;
  label: ReactNode;
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string | undefined;
  type?: 'text' | 'date' | 'time';
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
  autoComplete?: string;
  className?: string;
};

/** The ids of a field's hint and error, and its aria-describedby. */
export function describedByFor(inputId: string, hint: unknown, error: string | undefined) {
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A field's hint and error, under its input. */
export function FieldNotes({
  hintId,
  errorId,
  hint,
  error,
}: {
  hintId: string | undefined;
  errorId: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="audit-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="audit-field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function AuditField({
  id,
  label,
  registration,
  hint,
  error,
  type = 'text',
  inputMode,
  placeholder,
  autoComplete = 'off',
  className,
}: AuditFieldProps) {
  // Prefixed: the dosing view stays mounted beside this one and uses the bare field names.
  const inputId = `audit-${id}`;
  const { hintId, errorId, describedBy } = describedByFor(inputId, hint, error);
  return (
    <div className={`audit-field${error ? ' audit-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type={type}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...registration}
      />
      <FieldNotes hintId={hintId} errorId={errorId} hint={hint} error={error} />
    </div>
  );
}
