// The suggested claim: diagnoses (Z51.11 first, C50.- to add), the claim lines table (Code,
// Modifier, Units and the form's detail), marked "on hold" after a stop check.
import type { SuggestedClaim } from '../../../domain';
import { breastDiagnosisCode, formatModifiers, holdLabel } from '../../../domain';

type ClaimLinesProps = {
  claim: SuggestedClaim;
  breastDiagnosis: string;
  onBreastDiagnosis: (text: string) => void;
};

export function ClaimLines({ claim, breastDiagnosis, onBreastDiagnosis }: ClaimLinesProps) {
  const typed = breastDiagnosis.trim();
  const diagnosisError = typed === '' ? undefined : breastDiagnosisCode(typed);
  const detailHeader = claim.form === 'UB-04' ? 'Rev. code' : 'POS';
  return (
    <div className="claim">
      {claim.onHold ? (
        <p className="claim__hold">
          <strong>{claim.holdLabel ?? holdLabel}</strong> A stop check applies: do not submit these lines
          until it is resolved.
        </p>
      ) : null}
      <h3 className="claim__subheading">Diagnoses</h3>
      <ol className="claim__diagnoses">
        {claim.diagnoses.map((d) => (
          <li key={d.order}>
            <strong>{d.code}</strong> — {d.description}
          </li>
        ))}
      </ol>
      <div className="field field--compact">
        <label className="field__label" htmlFor="breast-diagnosis">
          Breast cancer code from the chart (C50.-)
        </label>
        <input
          id="breast-diagnosis"
          className="field__input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="C50."
          value={breastDiagnosis}
          onChange={(event) => onBreastDiagnosis(event.target.value)}
          aria-invalid={diagnosisError && !diagnosisError.ok ? true : undefined}
          aria-describedby={diagnosisError && !diagnosisError.ok ? 'breast-diagnosis-error' : undefined}
        />
        {diagnosisError && !diagnosisError.ok ? (
          <p className="field__error" id="breast-diagnosis-error">
            {diagnosisError.message}
          </p>
        ) : null}
      </div>
      {/* Focusable so the table can be scrolled sideways from the keyboard on a phone. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-label="Claim lines table">
        <table className={`claim-table${claim.onHold ? ' claim-table--hold' : ''}`}>
          <caption>
            Claim lines{claim.onHold ? ' (on hold)' : ''} — {claim.form}
          </caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Modifier</th>
              <th scope="col">Units</th>
              <th scope="col">{detailHeader}</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {claim.lines.map((line) => (
              <tr key={`${line.code}-${line.modifiers.join('-')}`}>
                <th scope="row">{line.code}</th>
                <td>{formatModifiers(line.modifiers)}</td>
                <td className="num">{line.units}</td>
                <td>{(claim.form === 'UB-04' ? line.revenueCode : line.placeOfService) ?? '—'}</td>
                <td className="claim-table__description">
                  {line.description}
                  {claim.onHold ? (
                    <span className="claim-table__hold"> — {claim.holdLabel ?? holdLabel}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
