// The answer at a glance: dose, volume to draw up, kits, final volume and the J9207 units, with
// the BSA they come from.
import { Fragment } from 'react';
import type { CalculationSuccess } from '../../../domain';
import { approx, lineCode } from './format';

type KeyResultsProps = { result: CalculationSuccess; onHold: boolean };

export function KeyResults({ result, onHold }: KeyResultsProps) {
  const { bsa, billing } = result;
  return (
    <div className="key-results">
      <dl className="key-results__list">
        <div className="key-results__item key-results__item--dose">
          <dt>Dose</dt>
          <dd>
            <span className="key-results__big">{result.doseMg} mg</span>
            {result.doseMg !== result.calculatedDoseMg ? (
              <span className="key-results__sub">
                calculated {result.calculatedDoseMg} mg, vial-rounded by policy
              </span>
            ) : null}
          </dd>
        </div>
        <div className="key-results__item">
          <dt>Draw up (2 mg/mL)</dt>
          <dd>{result.volumeMl} mL</dd>
        </div>
        <div className="key-results__item">
          <dt>Kits to open</dt>
          <dd>
            {result.vials.map((v, i) => (
              <Fragment key={v.strengthMg}>
                {i > 0 ? ' + ' : null}
                <span className="nowrap">
                  {v.count} × {v.strengthMg} mg
                </span>
              </Fragment>
            ))}
            <span className="key-results__sub">
              {(result.diluent ?? []).map((d) => `${d.strengthMg} mg: ${d.diluentMl} mL diluent`).join('; ')}
            </span>
          </dd>
        </div>
        {result.finalVolumeMl ? (
          <div className="key-results__item">
            <dt>Final volume (0.2–0.6 mg/mL)</dt>
            <dd>
              {result.finalVolumeMl.min}–{result.finalVolumeMl.max} mL
            </dd>
          </div>
        ) : null}
        <div className="key-results__item">
          <dt>BSA ({bsa.formulaName ?? bsa.formula})</dt>
          <dd>
            {bsa.used} m²
            <span className="key-results__sub">
              {bsa.capped
                ? `capped at 2.2 m² (calculated ${approx(bsa.rounded ?? bsa.raw)} m²)`
                : `raw ${approx(bsa.raw)} m²`}
            </span>
          </dd>
        </div>
        <div className="key-results__item key-results__item--billing">
          <dt>Billing units{onHold ? ' (on hold)' : ''}</dt>
          <dd>
            <ul className="key-results__lines">
              {billing.lines.map((line) => (
                <li key={lineCode(line)}>
                  <strong>{lineCode(line)}</strong> × {line.units}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </div>
  );
}
