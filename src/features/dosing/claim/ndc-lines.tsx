// The NDC per kit in the N4 format, from the reference data or the carton. An unverified NDC says
// "confirm against the carton"; the user can type the carton's NDC (10 or 11 digits, hyphens or
// not), shown back normalised to 5-4-2.
import type { NdcLine } from '../../../domain';

type NdcLinesProps = {
  lines: readonly NdcLine[];
  typed: Readonly<Record<number, string>>;
  messages: Readonly<Record<number, string | undefined>>;
  onType: (strengthMg: number, text: string) => void;
  referenceAvailable: boolean;
};

export function NdcLines({ lines, typed, messages, onType, referenceAvailable }: NdcLinesProps) {
  return (
    <div className="ndc">
      <h3 className="claim__subheading">NDC (N4 segment)</h3>
      {referenceAvailable ? null : (
        <p className="ndc__unavailable">The reference NDCs are unavailable: type each NDC from the carton.</p>
      )}
      <ul className="ndc__list">
        {lines.map((line) => {
          const id = `carton-ndc-${line.strengthMg}`;
          const message = messages[line.strengthMg];
          return (
            <li key={line.strengthMg} className="ndc__item">
              <p className="ndc__kit">
                {line.strengthMg} mg kit × {line.kitCount}:{' '}
                <span className="ndc__code">{line.ndcDisplay}</span>{' '}
                {line.confirmAgainstCarton ? (
                  <span className="badge badge--warning">confirm against the carton</span>
                ) : line.origin === 'carton' ? (
                  <span className="badge">from the carton</span>
                ) : null}
              </p>
              <p className="ndc__n4">
                {line.n4 ? (
                  <>
                    <code>{line.n4}</code>{' '}
                    <span className="ndc__qualifier">
                      ({line.qualifier} {line.quantity})
                    </span>
                  </>
                ) : (
                  'No N4 line until the NDC is typed from the carton.'
                )}
              </p>
              <div className="field field--compact">
                <label className="field__label" htmlFor={id}>
                  Carton NDC, {line.strengthMg} mg kit
                </label>
                <input
                  id={id}
                  className="field__input"
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  // A format, never a real NDC: an example number could be copied into the wrong kit.
                  placeholder="as printed: 10 or 11 digits"
                  value={typed[line.strengthMg] ?? ''}
                  onChange={(event) => onType(line.strengthMg, event.target.value)}
                  aria-describedby={message ? `${id}-message` : undefined}
                  aria-invalid={message && line.origin !== 'carton' ? true : undefined}
                />
                {message ? (
                  <p className="field__error" id={`${id}-message`}>
                    {message}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
