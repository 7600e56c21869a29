import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../testing/runs';
import { dec } from './decimal';
import { chooseVials, labeledTotalMg, vialCount } from './vials';

describe('chooseVials', () => {
  it.each([
    ['0.2', [{ strengthMg: 15, count: 1 }]],
    ['15', [{ strengthMg: 15, count: 1 }]],
    // 15.1 mg: the least covering total is 30 mg (2 × 15), not 45 mg.
    ['15.1', [{ strengthMg: 15, count: 2 }]],
    ['30', [{ strengthMg: 15, count: 2 }]],
    // 30.1 mg: 45 mg is the least total; one 45 mg kit beats three 15 mg kits.
    ['30.1', [{ strengthMg: 45, count: 1 }]],
    ['45', [{ strengthMg: 45, count: 1 }]],
    [
      '60',
      [
        { strengthMg: 45, count: 1 },
        { strengthMg: 15, count: 1 },
      ],
    ],
    [
      '72.8',
      [
        { strengthMg: 45, count: 1 },
        { strengthMg: 15, count: 2 },
      ],
    ],
    ['88', [{ strengthMg: 45, count: 2 }]],
    // 132 mg (60 mg/m² × 2.2 m²): 135 mg = 3 × 45 mg. 100 mg: 105 mg = 2 × 45 + 15.
    ['132', [{ strengthMg: 45, count: 3 }]],
    [
      '100',
      [
        { strengthMg: 45, count: 2 },
        { strengthMg: 15, count: 1 },
      ],
    ],
  ])('%s mg → %j', (dose, expected) => {
    expect(chooseVials(dec(dose))).toEqual(expected);
  });

  it('matches a brute-force search: least labeled total covering the dose, then fewest vials', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 13200 }), (hundredths) => {
        const dose = hundredths / 100;
        let best: { total: number; count: number; small: number; large: number } | undefined;
        for (let large = 0; large <= 4; large++) {
          for (let small = 0; small <= 10; small++) {
            const total = 45 * large + 15 * small;
            if (total * 100 < hundredths) continue;
            const count = large + small;
            if (!best || total < best.total || (total === best.total && count < best.count)) {
              best = { total, count, small, large };
            }
          }
        }
        const vials = chooseVials(dec(hundredths).div(100));
        expect(labeledTotalMg(vials)).toBe(best?.total);
        expect(vialCount(vials)).toBe(best?.count);
        expect(dose).toBeLessThanOrEqual(labeledTotalMg(vials));
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('chooseVials among the sizes on hand', () => {
  it.each([
    // 45 mg only: the next multiple of 45 mg.
    ['72.8', [45], [{ strengthMg: 45, count: 2 }]],
    ['45', [45], [{ strengthMg: 45, count: 1 }]],
    ['45.01', [45], [{ strengthMg: 45, count: 2 }]],
    ['0.2', [45], [{ strengthMg: 45, count: 1 }]],
    // 15 mg only: the next multiple of 15 mg.
    ['72.8', [15], [{ strengthMg: 15, count: 5 }]],
    ['88', [15], [{ strengthMg: 15, count: 6 }]],
  ] as const)('%s mg with %j → %j', (dose, sizes, expected) => {
    expect(chooseVials(dec(dose), sizes)).toEqual(expected);
  });
});
