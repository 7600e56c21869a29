// Body-surface area by the five published formulas: exactly on decimals (40 significant digits),
// and as a fast binary64 estimate whose error (< 1e-13 m²) is far inside the 1e-9 m² margin that
// calculate() requires before it lets the estimate stand in for the exact value (see calculate.ts).
// Source: docs/reference.md "Body-surface-area formulas"; clinPK's published values.
import { type Dec, dec } from './decimal';
import type { BsaFormula } from './types';

export const bsaFormulas: readonly BsaFormula[] = ['mosteller', 'dubois', 'haycock', 'gehan-george', 'boyd'];

export const bsaFormulaInfo: Readonly<Record<BsaFormula, { name: string; expression: string }>> = {
  mosteller: { name: 'Mosteller (1987)', expression: '√(H × W ÷ 3600)' },
  dubois: { name: 'Du Bois & Du Bois (1916)', expression: '0.007184 × W^0.425 × H^0.725' },
  haycock: { name: 'Haycock (1978)', expression: '0.024265 × H^0.3964 × W^0.5378' },
  'gehan-george': { name: 'Gehan & George (1970)', expression: '0.0235 × H^0.42246 × W^0.51456' },
  boyd: {
    name: 'Boyd (1935)',
    expression: '0.0003207 × H^0.3 × G^(0.7285 − 0.0188 × log10 G), G = weight in grams',
  },
};

export function isBsaFormula(value: unknown): value is BsaFormula {
  return typeof value === 'string' && (bsaFormulas as readonly string[]).includes(value);
}

/**
 * Body-surface area in m², unrounded, for height in cm and weight in kg (both exact decimals).
 *
 * @example bodySurfaceArea('mosteller', dec(180), dec(80)).toFixed(3) //=> '2.000'
 */
export function bodySurfaceArea(formula: BsaFormula, heightCm: Dec, weightKg: Dec): Dec {
  switch (formula) {
    case 'mosteller':
      return heightCm.times(weightKg).dividedBy(3600).sqrt();
    case 'dubois':
      return dec('0.007184').times(weightKg.pow('0.425')).times(heightCm.pow('0.725'));
    case 'haycock':
      return dec('0.024265').times(heightCm.pow('0.3964')).times(weightKg.pow('0.5378'));
    case 'gehan-george':
      return dec('0.0235').times(heightCm.pow('0.42246')).times(weightKg.pow('0.51456'));
    case 'boyd': {
      const grams = weightKg.times(1000);
      const exponent = dec('0.7285').minus(dec('0.0188').times(grams.log(10)));
      return dec('0.0003207').times(heightCm.pow('0.3')).times(grams.pow(exponent));
    }
    default:
      return formula satisfies never;
  }
}

/**
 * Fast binary64 estimate of the BSA (relative error a few ulps, far below 1e-13 m²). It never
 * decides a rounding on its own: calculate() uses it only when it lies more than 1e-9 from every
 * boundary a decision depends on, and falls back to `bodySurfaceArea` otherwise.
 */
export function bodySurfaceAreaEstimate(formula: BsaFormula, heightCm: number, weightKg: number): number {
  switch (formula) {
    case 'mosteller':
      return Math.sqrt((heightCm * weightKg) / 3600);
    case 'dubois':
      return 0.007184 * weightKg ** 0.425 * heightCm ** 0.725;
    case 'haycock':
      return 0.024265 * heightCm ** 0.3964 * weightKg ** 0.5378;
    case 'gehan-george':
      return 0.0235 * heightCm ** 0.42246 * weightKg ** 0.51456;
    case 'boyd': {
      const grams = weightKg * 1000;
      return 0.0003207 * heightCm ** 0.3 * grams ** (0.7285 - 0.0188 * Math.log10(grams));
    }
    default:
      return formula satisfies never;
  }
}
