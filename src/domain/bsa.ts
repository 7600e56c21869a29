// Body-surface area by the five published formulas, computed on exact decimals (40 significant
// digits) so that the policy's half-up rounding is decided on the true value.
// Source: shared/reference/j9207.md "Body-surface-area formulas"; clinPK's published values.
import { Dec, dec } from './decimal';
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
      const exponent = dec('0.7285').minus(dec('0.0188').times(Dec.log10(grams)));
      return dec('0.0003207').times(heightCm.pow('0.3')).times(grams.pow(exponent));
    }
    default:
      return formula satisfies never;
  }
}
