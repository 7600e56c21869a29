// The calculation core (the domain with decimal.js-light) behind the Calculator shape the page uses.
import { calculate, infusionMinutesBetween, multipleOfUln } from '../../../domain';
import type { Calculator } from './calculator';

export const calculator: Calculator = { calculate, infusionMinutesBetween, multipleOfUln };
