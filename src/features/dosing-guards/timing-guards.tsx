// The label's time windows chair-side: the nurse enters when the kit was reconstituted and when the
// dose was prepared (diluted); the page answers "use the reconstituted vial by HH:MM" (1 hour),
// "finish the infusion by HH:MM" (6 hours), the minutes left by the app's clock, and the checks
// (vial past 1 hour, infusion past the 6-hour limit, infusion shorter than 3 hours or 4 with an
// inducer). The infusion start and stop come from the host form. Nothing is stored.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type Check,
  checkTiming,
  type Deadline,
  formatDuration,
  type TimingField,
  type TimingResult,
} from '../../domain';
import { useNow } from '../../lib/clock';
import { formatLocalTime } from '../../lib/format-date-time';
import { NowButton, tidyTime, timeHint, timeInputProps } from '../../lib/time-field';
import './dosing-guards.css';

type TimingGuardsProps = {
  infusionStart?: string;
  infusionStop?: string;
  strongCyp3a4Inducer?: boolean;
  /** The time of day "HH:MM"; the app's clock (useNow) when omitted. */
  now?: string;
  /** Told whenever the timing checks change (the host marks a stop as a hold). */
  onChecksChange?: (checks: Check[]) => void;
};

const severityLabel = { stop: 'Stop', warning: 'Warning', info: 'Note' } as const;

function left(deadline: Deadline): string {
  if (deadline.minutesLeft === undefined) return '';
  if (deadline.minutesLeft < 0) return ` — passed ${-deadline.minutesLeft} min ago`;
  return ` — ${deadline.minutesLeft} min left`;
}

/** The same checks as before: no needless re-render of the host. */
function sameChecks(a: readonly Check[], b: readonly Check[]): boolean {
  return a.length === b.length && a.every((c, i) => c.code === b[i]?.code && c.message === b[i]?.message);
}

export function TimingGuards({
  infusionStart,
  infusionStop,
  strongCyp3a4Inducer,
  now,
  onChecksChange,
}: TimingGuardsProps) {
  const id = useId().replace(/:/g, '');
  const appNow = useNow();
  const clock = now ?? (appNow ? formatLocalTime(appNow) : null);
  const [reconstitutedAt, setReconstitutedAt] = useState('');
  const [preparedAt, setPreparedAt] = useState('');
  const timing: TimingResult = useMemo(
    () =>
      checkTiming({
        reconstitutedAt,
        preparedAt,
        infusionStartAt: infusionStart ?? '',
        infusionStopAt: infusionStop ?? '',
        strongCyp3a4Inducer: strongCyp3a4Inducer === true,
        now: clock,
      }),
    [reconstitutedAt, preparedAt, infusionStart, infusionStop, strongCyp3a4Inducer, clock],
  );

  const checks = timing.ok ? timing.checks : [];
  const reported = useRef<Check[]>([]);
  const onChange = useRef(onChecksChange);
  onChange.current = onChecksChange;
  useEffect(() => {
    if (sameChecks(reported.current, checks)) return;
    reported.current = checks;
    onChange.current?.(checks);
  }, [checks]);
  useEffect(() => () => onChange.current?.([]), []);

  // Errors on the infusion start/stop belong to the host form; only ours are shown here.
  const errorFor = (field: TimingField) =>
    timing.ok ? undefined : timing.errors.find((e) => e.field === field)?.message;
  const otherErrors = timing.ok
    ? []
    : timing.errors.filter((e) => e.field !== 'reconstitutedAt' && e.field !== 'preparedAt');

  const field = (
    name: 'reconstitutedAt' | 'preparedAt',
    label: string,
    hint: string,
    value: string,
    set: (v: string) => void,
  ) => {
    const inputId = `${id}-${name}`;
    const error = errorFor(name);
    return (
      <div className={`guard-field${error ? ' guard-field--invalid' : ''}`}>
        <label htmlFor={inputId} className="guard-field__label">
          {label}
        </label>
        <div className="guard-field__row">
          <input
            id={inputId}
            className="guard-field__input"
            {...timeInputProps}
            value={value}
            onChange={(e) => set(e.target.value)}
            onBlur={(e) => set(tidyTime(e.target.value))}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          />
          <NowButton
            purpose={name === 'reconstitutedAt' ? 'reconstitution' : 'preparation'}
            now={clock ?? undefined}
            onNow={set}
          />
        </div>
        <p className="guard-field__hint" id={`${inputId}-hint`}>
          {hint} {timeHint}
        </p>
        {error ? (
          <p className="guard-field__error" id={`${inputId}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <section className="guards" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="guards__title">
        Time limits
      </h2>
      <div className="guards__fields">
        {field(
          'reconstitutedAt',
          'Reconstitution time',
          'When the diluent was added to the kit.',
          reconstitutedAt,
          setReconstitutedAt,
        )}
        {field(
          'preparedAt',
          'Preparation time',
          'When the dose was diluted into the infusion bag.',
          preparedAt,
          setPreparedAt,
        )}
      </div>
      {timing.ok ? (
        <dl className="guards__deadlines">
          {timing.useVialBy ? (
            <div>
              <dt>Use reconstituted vial by</dt>
              <dd>
                <strong>{timing.useVialBy.text}</strong>
                {left(timing.useVialBy)}
              </dd>
            </div>
          ) : null}
          {timing.finishInfusionBy ? (
            <div>
              <dt>Finish infusion by</dt>
              <dd>
                <strong>{timing.finishInfusionBy.text}</strong>
                {left(timing.finishInfusionBy)}
              </dd>
            </div>
          ) : null}
          {timing.infusionMinutes !== undefined ? (
            <div>
              <dt>Infusion time</dt>
              <dd>
                <strong>{formatDuration(timing.infusionMinutes)}</strong> (label: at least{' '}
                {formatDuration(timing.minimumInfusionMinutes)}
                {strongCyp3a4Inducer ? ' with a strong CYP3A4 inducer' : ''})
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {otherErrors.map((e) => (
        <p key={e.field} className="guard-field__error" role="alert">
          {e.message}
        </p>
      ))}
      {checks.length > 0 ? (
        <ul className="guards__checks">
          {checks.map((check) => (
            <li key={check.code} className={`guard-check guard-check--${check.severity}`}>
              <div role={check.severity === 'stop' ? 'alert' : undefined}>
                <span className="guard-check__severity">{severityLabel[check.severity]}:</span>{' '}
                {check.message}
                {check.source ? <span className="guard-check__source"> Source: {check.source}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="guards__clock">
        {clock === null
          ? "Time left is counted from this device's clock; nothing is stored."
          : `Time left is counted from this device's clock (${clock}); nothing is stored.`}
      </p>
    </section>
  );
}
