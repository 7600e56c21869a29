import { describe, expect, it } from 'vitest';
import { administeredUnits, administrationCodes, claimLines } from './billing';
import { dec } from './decimal';

describe('administeredUnits (1 unit = 1 mg, rounded up, at least 1)', () => {
  it.each([
    ['0.1', 1],
    ['1', 1],
    ['72', 72],
    ['72.01', 73],
    ['72.8', 73],
    ['73.2', 74],
  ])('%s mg → %i units', (dose, units) => {
    expect(administeredUnits(dec(dose))).toBe(units);
  });
});

describe('claimLines', () => {
  it('with waste: J9207 × given and J9207-JW × discarded', () => {
    expect(claimLines(73, 2)).toEqual([
      { hcpcs: 'J9207', modifiers: [], units: 73 },
      { hcpcs: 'J9207', modifiers: ['JW'], units: 2 },
    ]);
  });
  it('without waste: one line J9207-JZ', () => {
    expect(claimLines(60, 0)).toEqual([{ hcpcs: 'J9207', modifiers: ['JZ'], units: 60 }]);
  });
  it('a 340B modifier sits beside JW/JZ on every line', () => {
    expect(claimLines(73, 2, 'JG')).toEqual([
      { hcpcs: 'J9207', modifiers: ['JG'], units: 73 },
      { hcpcs: 'J9207', modifiers: ['JW', 'JG'], units: 2 },
    ]);
    expect(claimLines(60, 0, 'TB')).toEqual([{ hcpcs: 'J9207', modifiers: ['JZ', 'TB'], units: 60 }]);
  });
});

describe('administrationCodes', () => {
  it.each([
    [1, [['96409', 1]]],
    [15, [['96409', 1]]],
    [16, [['96413', 1]]],
    [90, [['96413', 1]]],
    [
      91,
      [
        ['96413', 1],
        ['96415', 1],
      ],
    ],
    [
      150,
      [
        ['96413', 1],
        ['96415', 1],
      ],
    ],
    [
      151,
      [
        ['96413', 1],
        ['96415', 2],
      ],
    ],
    [
      180,
      [
        ['96413', 1],
        ['96415', 2],
      ],
    ],
    [
      210,
      [
        ['96413', 1],
        ['96415', 2],
      ],
    ],
    [
      211,
      [
        ['96413', 1],
        ['96415', 3],
      ],
    ],
    [
      240,
      [
        ['96413', 1],
        ['96415', 3],
      ],
    ],
    [
      90.5,
      [
        ['96413', 1],
        ['96415', 1],
      ],
    ],
    // 150.5 min is 60.5 min past 90: a second additional hour.
    [
      150.5,
      [
        ['96413', 1],
        ['96415', 2],
      ],
    ],
    // 1440 min: ⌈(1440 − 90) / 60⌉ = ⌈22.5⌉ = 23.
    [
      1440,
      [
        ['96413', 1],
        ['96415', 23],
      ],
    ],
  ] as const)('%i min → %j', (minutes, expected) => {
    expect(administrationCodes(minutes)).toEqual(expected.map(([code, units]) => ({ code, units })));
  });
});
