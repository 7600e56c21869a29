// The dosing form's evaluation for the page: one `evaluate` for the live result and the form's
// resolver, remembering its last answer, so a keystroke runs the schema and calculate() once (the
// resolver asks first, the live result then gets the same answer). The schema and the calculation
// core (dosing-form.resource.ts, with zod and decimal.js-light) load as their own chunk right after
// the entry, not in the first load: until they arrive, and while the prerendered page hydrates, the
// evaluation lists the empty required entries in the schema's own words.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { useAfterFirstUse, useHydrated } from '../../../lib/after-hydration';
import { loadOnce } from '../../../lib/load-once';
import type { Settings } from '../settings/settings';
import type { DosingEvaluation } from './dosing-form.resource';
import { type DosingField, type DosingFormValues, missingRequiredEntries } from './dosing-form-values';

type Evaluate = (values: DosingFormValues, settings: Settings) => DosingEvaluation;

const dosingCore = loadOnce(() =>
  import('./dosing-form.resource').then((m): Evaluate => m.evaluateDosingForm),
);

/** Loads the schema and the calculation core once (again after a failure); resolves with the evaluator. */
export function loadDosingCore(): Promise<Evaluate> {
  return dosingCore.load();
}

const firstScreen: Evaluate = (values) => ({ ok: false, errors: missingRequiredEntries(values) });

function sameEntries(a: DosingFormValues, b: DosingFormValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof DosingFormValues>;
  for (const key of keys) if (!Object.is(a[key], b[key])) return false;
  return true;
}

/**
 * `alongside`: more of the page's code to load with the core (what shows a result), started at the
 * same moment.
 */
export function useDosingEvaluator(settings: Settings, alongside?: () => Promise<unknown>) {
  const hydrated = useHydrated();
  const used = useAfterFirstUse();
  const [core, setCore] = useState<{ evaluate: Evaluate } | undefined>(() => {
    const loaded = dosingCore.current();
    return loaded ? { evaluate: loaded } : undefined;
  });
  const [loadError, setLoadError] = useState<unknown>();
  useEffect(() => {
    if (core || !used) return;
    let live = true;
    alongside?.().catch(() => undefined);
    loadDosingCore().then(
      // A transition: the page re-renders with the core in slices that never hold up typing.
      (evaluate) => live && startTransition(() => setCore({ evaluate })),
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [core, alongside, used]);
  // Offline before the app was ever cached: the app's error boundary offers to reload.
  if (loadError) throw loadError;

  const active = hydrated && core ? core.evaluate : firstScreen;
  const evaluate = useMemo(() => {
    let last: { values: DosingFormValues; evaluation: DosingEvaluation } | undefined;
    return (values: DosingFormValues): DosingEvaluation => {
      if (last && sameEntries(last.values, values)) return last.evaluation;
      const evaluation = active(values, settings);
      last = { values: { ...values }, evaluation };
      return evaluation;
    };
  }, [active, settings]);

  const evaluateRef = useRef(evaluate);
  evaluateRef.current = evaluate;
  /** The react-hook-form resolver: the same evaluation, its errors placed on their fields. */
  const resolver = useCallback<Resolver<DosingFormValues>>(async (values) => {
    const evaluation = evaluateRef.current(values);
    if (evaluation.ok) return { values, errors: {} };
    const errors: FieldErrors<DosingFormValues> = {};
    for (const [field, message] of Object.entries(evaluation.errors)) {
      errors[field as DosingField] = { type: 'validate', message };
    }
    return { values: {}, errors };
  }, []);

  return { evaluate, resolver, coreReady: active !== firstScreen };
}
