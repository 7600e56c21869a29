// A labelled text input held in state by its parent (not by the audit form), with its hint and
// error tied to it: the payment-limit and quarter fields of the one-claim and batch revenue panels.
import { describedByFor, FieldNotes } from './audit-field';

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
  const { hintId, errorId, describedBy } = describedByFor(id, hint, error);
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
      <FieldNotes hintId={hintId} errorId={errorId} hint={hint} error={error} />
    </div>
  );
}
