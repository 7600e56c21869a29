// Loads the calculation core once and hands it to the page when it has arrived.
import { useEffect, useState } from 'react';
import type { calculate, infusionMinutesBetween, multipleOfUln } from '../../../domain';

export type Calculator = {
  calculate: typeof calculate;
  infusionMinutesBetween: typeof infusionMinutesBetween;
  multipleOfUln: typeof multipleOfUln;
};

let loading: Promise<Calculator> | undefined;

export function loadCalculator(): Promise<Calculator> {
  loading ??= import('./calculator-core').then(
    (m) => m.calculator,
    (error: unknown) => {
      loading = undefined; // a later call tries again
      throw error;
    },
  );
  return loading;
}

// Start fetching at once: by the time a height and weight are typed it is long there.
loadCalculator().catch(() => undefined);

export type CalculatorState = { calculator?: Calculator; failed: boolean };

/**
 * The calculation core, undefined for the few milliseconds before its chunk arrives; `failed` when
 * it could not be loaded (offline before the app was ever cached), so the page can say so.
 */
export function useCalculator(): CalculatorState {
  const [state, setState] = useState<CalculatorState>({ failed: false });
  useEffect(() => {
    let live = true;
    loadCalculator().then(
      (calculator) => {
        if (live) setState({ calculator, failed: false });
      },
      () => {
        if (live) setState({ failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
