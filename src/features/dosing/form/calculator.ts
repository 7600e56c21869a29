// The calculation core the dosing form works with. It ships in the first load (a static import):
// the first screen exists to show its result, so it counts in the size budget and is never deferred.
import { calculate, infusionMinutesBetween, multipleOfUln } from '../../../domain';

export type Calculator = {
  calculate: typeof calculate;
  infusionMinutesBetween: typeof infusionMinutesBetween;
  multipleOfUln: typeof multipleOfUln;
};

export const calculator: Calculator = { calculate, infusionMinutesBetween, multipleOfUln };
