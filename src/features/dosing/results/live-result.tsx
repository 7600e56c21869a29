// The Result panel's live content: the only part of the page a keystroke re-renders at once. It
// watches the form, evaluates it (the resolver has already run the same evaluation: a cached answer,
// not a second calculate()), shows the result or what is still missing, and reports the result to
// the page, whose details below follow in a transition that never holds up the next keystroke.
import { memo, useLayoutEffect, useMemo } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import type { Check } from '../../../domain';
import { loadOnce, useLoaded } from '../../../lib/load-once';
import { type DosingOk, withTimingChecks } from '../extensions';
import type { DosingEvaluation } from '../form/dosing-form.resource';
import type { DosingFormValues } from '../form/dosing-form-values';
import type { Settings } from '../settings/settings';
import { WaitingState } from './waiting-state';

// The summary's code loads with the calculation core (see `useDosingEvaluator`): no result exists
// before the core has arrived.
export const resultSummary = loadOnce(() => import('./result-summary'));

type LiveResultProps = {
  control: Control<DosingFormValues>;
  defaultValues: Partial<DosingFormValues> | undefined;
  evaluate: (values: DosingFormValues) => DosingEvaluation;
  /** The extensions' checks (time limits, double check): they join the result's, stops first. */
  extraChecks: readonly Check[];
  settings: Settings;
  /** Called after each render with the current result (undefined while the entries are not valid). */
  onResult: (ok: DosingOk | undefined) => void;
};

export const LiveResult = memo(function LiveResult({
  control,
  defaultValues,
  evaluate,
  extraChecks,
  settings,
  onResult,
}: LiveResultProps) {
  const watched = useWatch({ control });
  const evaluation = useMemo(
    () => evaluate({ ...defaultValues, ...watched } as DosingFormValues),
    [watched, evaluate, defaultValues],
  );
  const ok = useMemo(
    () => withTimingChecks(evaluation.ok ? evaluation : undefined, extraChecks),
    [evaluation, extraChecks],
  );
  // Before paint: the page never shows details of a result this panel no longer shows.
  useLayoutEffect(() => onResult(ok), [ok, onResult]);
  const summary = useLoaded(resultSummary, ok !== undefined);
  if (!ok) return <WaitingState messages={evaluation.ok ? [] : Object.values(evaluation.errors)} />;
  if (!summary) return <p role="status">Working out the result…</p>;
  const stops = ok.result.checks.filter((check) => check.severity === 'stop');
  return (
    <summary.ResultSummary
      result={ok.result}
      stops={stops}
      labsEntered={Object.values(ok.labs).some((v) => v !== undefined)}
      settings={settings}
    />
  );
});
