// The calculation core the dosing page works with. It is part of the first load (a static import):
// the first screen exists to show its result, so it is counted in the size budget, never deferred.
import type { calculate, infusionMinutesBetween, multipleOfUln } from '../../../domain';
import { calculator } from './calculator-core';

export type Calculator = {
  calculate: typeof calculate;
  infusionMinutesBetween: typeof infusionMinutesBetween;
  multipleOfUln: typeof multipleOfUln;
};

/** Kept as a promise for callers written against a deferred core; resolves at once. */
export function loadCalculator(): Promise<Calculator> {
  return Promise.resolve(calculator);
}

export type CalculatorState = { calculator?: Calculator; failed: boolean };

const ready: CalculatorState = { calculator, failed: false };

/** The calculation core: always present, since it ships in the first load. */
export function useCalculator(): CalculatorState {
  return ready;
}
