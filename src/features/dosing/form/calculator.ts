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
  loading ??= import('./calculator-core').then((m) => m.calculator);
  return loading;
}

// Start fetching at once: by the time a height and weight are typed it is long there.
void loadCalculator();

/** The calculation core, or undefined for the few milliseconds before its chunk arrives. */
export function useCalculator(): Calculator | undefined {
  const [calculator, setCalculator] = useState<Calculator>();
  useEffect(() => {
    let live = true;
    void loadCalculator().then((loaded) => {
      if (live) setCalculator(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return calculator;
}
