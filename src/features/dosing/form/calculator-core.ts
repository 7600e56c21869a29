// The calculation core as one lazily loaded chunk (decimal.js and the domain): requested as soon
// as the page module runs, in parallel with the first render, so the first screen does not wait.
import { calculate, infusionMinutesBetween, multipleOfUln } from '../../../domain';
import type { Calculator } from './calculator';

export const calculator: Calculator = { calculate, infusionMinutesBetween, multipleOfUln };
