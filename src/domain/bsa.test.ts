import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../testing/runs';
import { bodySurfaceArea, bsaFormulas } from './bsa';
import { dec } from './decimal';

describe('bodySurfaceArea', () => {
  // clinPK's test suite (docs/reference.md): 180 cm, 80 kg.
  it.each([
    ['mosteller', '2.000'],
    ['dubois', '1.996'],
    ['haycock', '2.007'],
    ['gehan-george', '2.009'],
    ['boyd', '2.007'],
  ] as const)('%s gives the published %s m² for 180 cm / 80 kg', (formula, expected) => {
    expect(bodySurfaceArea(formula, dec(180), dec(80)).toFixed(3)).toBe(expected);
  });

  it('Mosteller is exact where the root is exact: 144 cm × 100 kg → √4 = 2 m²', () => {
    expect(bodySurfaceArea('mosteller', dec(144), dec(100)).toFixed()).toBe('2');
  });

  it('Mosteller by hand: 170 cm, 70 kg → √(11900/3600) = 1.81812…', () => {
    expect(bodySurfaceArea('mosteller', dec(170), dec(70)).toFixed(5)).toBe('1.81812');
  });

  it('never decreases as height or weight grows, for every formula', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bsaFormulas),
        fc.integer({ min: 5000, max: 25000 }),
        fc.integer({ min: 2000, max: 35000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (formula, h, w, dh, dw) => {
          const a = bodySurfaceArea(formula, dec(h).div(100), dec(w).div(100));
          const b = bodySurfaceArea(formula, dec(h + dh).div(100), dec(w + dw).div(100));
          return b.greaterThanOrEqualTo(a);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
