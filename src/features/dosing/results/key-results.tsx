// The answer at a glance: dose (with the level the label supports beside it when a check changes
// it), volume to draw up, kits, bag and rate, final volume and the J9207 units, with the BSA they
// come from, and whether labs were entered.
import { Fragment } from 'react';
import { type CalculationSuccess, formatDuration, labsNotEntered } from '../../../domain';
import { approx, checkAnchor, lineCode } from './format';

type KeyResultsProps = { result: CalculationSuccess; onHold: boolean; labsEntered: boolean };

export function KeyResults({ result, onHold, labsEntered }: KeyResultsProps) {
  const { bsa, billing } = result;
  const levels = result.supportedDoses ?? [];
  const infusion = result.infusion;
  return (
    <div className="key-results">
      {levels.length > 0 ? (
        <ul className="key-results__levels" aria-label="Label-supported dose">
          {levels.map((level) => (
            <li key={level.checkCode} className="key-results__level">
              <span className="key-results__level-text">
                label: {level.text}
                {level.doseMg === undefined
                  ? ''
                  : ` = ${level.level.kind === 'up-to' ? 'up to ' : ''}${level.doseMg} mg`}
              </span>{' '}
              <span className="key-results__level-reason">
                ({level.reason}; ordered {result.orderedDoseMgPerM2} mg/m²)
              </span>{' '}
              <a href={`#${checkAnchor(level.checkCode)}`}>See the check</a>
            </li>
          ))}
        </ul>
      ) : null}
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
          <dd>
            {result.volumeMl} mL
            <span className="key-results__sub">half-up to 0.1 mL</span>
          </dd>
        </div>
        <div className="key-results__item">
          <dt>Bag and rate</dt>
          <dd>
            {infusion?.bagMl !== undefined ? (
              <>
                {infusion.bagMl} mL bag, {infusion.rateMlPerHour} mL/h
                <span className="key-results__sub">
                  {infusion.concentrationMgPerMl} mg/mL; {infusion.totalMl} mL over{' '}
                  {formatDuration(infusion.minutes)}
                  {infusion.minutesFrom === 'label' ? ' (label time)' : ''}
                </span>
              </>
            ) : (
              <>
                no standard bag
                <span className="key-results__sub">
                  250 or 500 mL gives under 0.2 mg/mL: ask the pharmacy
                </span>
              </>
            )}
          </dd>
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
          <dt>BSA, {bsa.formulaName ?? bsa.formula}</dt>
          <dd>
            {approx(bsa.used)} m²
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
      {labsEntered ? null : <p className="key-results__labs">{labsNotEntered}</p>}
    </div>
  );
}
