// The independent double check, start to end: the first nurse's initials and "Second check"; the
// second practitioner's blind entry; then the comparison. The first calculation is read through
// `getFirstEntry` only when the second entry is submitted — never while the second person types —
// and the host is told (`onBlindChange`) to take its own results off the page meanwhile.
// Nothing is stored: every value lives in this component's memory until it is closed.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import {
  type Check,
  compareDoubleCheck,
  type DoubleCheckComparison,
  type DoubleCheckEntry,
} from '../../domain';
import { ComparisonView } from './comparison-view';
import { DoubleCheckRecord } from './double-check-record';
import { type InstitutionPolicy, initialsPattern } from './second-check.resource';
import { SecondCheckForm } from './second-check-form';
import './double-check.css';

type DoubleCheckPanelProps = {
  /** The first calculation's entry, or undefined while it is incomplete. Read only on comparing. */
  getFirstEntry: () => DoubleCheckEntry | undefined;
  /** A first result is on screen: the second check can start. */
  firstReady: boolean;
  /** The institution's formula and rounding: where the second form starts. */
  institution?: InstitutionPolicy;
  /** True while the second person enters: the host must not render the first calculation. */
  onBlindChange?: (blind: boolean) => void;
  /** The record for the printed worksheet once compared (undefined before, when closed or stale). */
  onRecordChange?: (record: ReactNode | undefined) => void;
  /** A current mismatch as a stop check (the host holds the dose and the claim); [] otherwise. */
  onChecksChange?: (checks: Check[]) => void;
};

/** A mismatch holds like any stop check: the dose is not given until both checks agree. */
function mismatchCheck(comparison: DoubleCheckComparison): Check {
  const differing = comparison.values.filter((v) => !v.same).map((v) => v.label);
  return {
    code: 'DOUBLE_CHECK_MISMATCH',
    severity: 'stop',
    holdKind: 'second-check',
    message: `The independent double check does not match (${differing.join(', ')}). Do not give the dose until both checks agree: find the cause and check again.`,
    source:
      'ASCO/ONS chemotherapy administration safety standards: two practitioners verify the dose calculation independently',
  };
}

type Compared = { comparison: DoubleCheckComparison; firstSnapshot: string; secondInitials: string };
type Phase = { name: 'idle' } | { name: 'entering' } | ({ name: 'compared' } & Compared);

export function DoubleCheckPanel({
  getFirstEntry,
  firstReady,
  institution,
  onBlindChange,
  onRecordChange,
  onChecksChange,
}: DoubleCheckPanelProps) {
  const id = useId().replace(/:/g, '');
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [firstInitials, setFirstInitials] = useState('');
  const [initialsError, setInitialsError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const blindRef = useRef(onBlindChange);
  blindRef.current = onBlindChange;
  const recordRef = useRef(onRecordChange);
  recordRef.current = onRecordChange;
  const checksRef = useRef(onChecksChange);
  checksRef.current = onChecksChange;

  // Leaving the page mid-entry must not leave the host blind, nor a record on its worksheet.
  useEffect(
    () => () => {
      blindRef.current?.(false);
      recordRef.current?.(undefined);
      checksRef.current?.([]);
    },
    [],
  );

  // A comparison made against an entry that has since changed is stale: it is not shown as current.
  const stale = phase.name === 'compared' && JSON.stringify(getFirstEntry()) !== phase.firstSnapshot;
  const trimmedFirstInitials = firstInitials.trim();
  useEffect(() => {
    recordRef.current?.(
      phase.name === 'compared' && !stale ? (
        <DoubleCheckRecord
          comparison={phase.comparison}
          firstInitials={trimmedFirstInitials}
          secondInitials={phase.secondInitials}
        />
      ) : undefined,
    );
  }, [phase, stale, trimmedFirstInitials]);
  useEffect(() => {
    const mismatch = phase.name === 'compared' && !stale && !phase.comparison.match;
    checksRef.current?.(mismatch ? [mismatchCheck(phase.comparison)] : []);
  }, [phase, stale]);

  const startSecondCheck = () => {
    if (!initialsPattern.test(firstInitials.trim())) {
      setInitialsError('Enter your initials (letters) before handing over, for the worksheet.');
      return;
    }
    setInitialsError(undefined);
    setProblem(undefined);
    setPhase({ name: 'entering' });
    onBlindChange?.(true);
  };

  const cancel = () => {
    setPhase({ name: 'idle' });
    onBlindChange?.(false);
  };

  const compare = (second: DoubleCheckEntry, secondInitials: string) => {
    const first = getFirstEntry();
    const result = first ? compareDoubleCheck(first, second) : undefined;
    onBlindChange?.(false);
    if (!first || !result?.ok) {
      setProblem(
        'The first calculation is not complete any more: finish it, then start the second check again.',
      );
      setPhase({ name: 'idle' });
      return;
    }
    setPhase({ name: 'compared', comparison: result, firstSnapshot: JSON.stringify(first), secondInitials });
  };

  if (phase.name === 'entering') {
    return (
      <section className="dc-panel dc-panel--entering" aria-label="Second check">
        <SecondCheckForm {...(institution ? { institution } : {})} onSubmit={compare} onCancel={cancel} />
      </section>
    );
  }

  if (phase.name === 'compared') {
    return (
      <section className="dc-panel" aria-label="Independent double check">
        {stale ? (
          <p className="dc-verdict dc-verdict--stale" role="status">
            The first calculation changed after the double check: its comparison no longer applies. Do the
            second check again.
          </p>
        ) : (
          <ComparisonView
            comparison={phase.comparison}
            firstInitials={firstInitials.trim()}
            secondInitials={phase.secondInitials}
          />
        )}
        <div className="dc-actions dc-no-print">
          <button type="button" className="dc-button dc-button--primary" onClick={startSecondCheck}>
            Second check again
          </button>
          <button type="button" className="dc-button" onClick={() => setPhase({ name: 'idle' })}>
            Close double check
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="dc-panel dc-no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="dc-panel__title">
        Independent double check
      </h2>
      <p className="dc-panel__intro">
        A second practitioner works out the dose on this device without seeing this calculation; then the two
        are compared value by value.
      </p>
      {problem ? (
        <p className="dc-field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {firstReady ? (
        <div className="dc-panel__start">
          <div className={`dc-field${initialsError ? ' dc-field--invalid' : ''}`}>
            <label className="dc-field__label" htmlFor={`${id}-first-initials`}>
              Your initials (first check)
            </label>
            <input
              id={`${id}-first-initials`}
              className="dc-field__input dc-field__input--short"
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={firstInitials}
              onChange={(e) => setFirstInitials(e.target.value)}
              aria-invalid={initialsError ? true : undefined}
              aria-describedby={initialsError ? `${id}-first-initials-error` : undefined}
            />
            {initialsError ? (
              <p className="dc-field__error" id={`${id}-first-initials-error`}>
                {initialsError}
              </p>
            ) : null}
          </div>
          <button type="button" className="dc-button dc-button--primary" onClick={startSecondCheck}>
            Second check
          </button>
        </div>
      ) : (
        <p className="dc-panel__waiting">The second check starts once the first calculation has a result.</p>
      )}
    </section>
  );
}
