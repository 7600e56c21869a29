// A labelled text input held in state by its parent (not by the audit form), with its hint and
// error tied to it: the payment-limit and quarter fields of the one-claim and batch revenue panels.

type ValueFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  hint?: string;
  error?: string | undefined;
  inputMode?: 'decimal' | 'text';
};

export function ValueField({ id, label, value, onChange, hint, error, inputMode }: ValueFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`audit-field${error ? ' audit-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode={inputMode}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
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
    </div>
  );
}
