// Feet and inches, and unit conversion with the exact factors (1 in = 2.54 cm, 1 lb = 0.45359237 kg).
// Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  convertMeasurement,
  describeFeetInches,
  feetInchesAsUnit,
  feetInchesHint,
  parseFeetInches,
} from './measurement-units';

describe('parseFeetInches', () => {
  it.each([
    ['5 ft 4 in', '64'],
    ['5ft4in', '64'],
    ['5 ft 4', '64'],
    ['5\'4"', '64'],
    ["5' 4", '64'],
    ["5'4''", '64'],
    ['5′4″', '64'],
    ['5 feet 4 inches', '64'],
    ['5 ft', '60'],
    ["5'", '60'],
    ['5 ft 11 in', '71'], // 60 + 11
    ['5 ft 0 in', '60'],
    ['5 ft 4.5 in', '64.5'],
    ['5 ft 4,5 in', '64.5'],
    ['6 ft 11.99 in', '83.99'], // 72 + 11.99
  ])('%s = %s in', (text, total) => {
    expect(parseFeetInches(text)?.totalInches).toBe(total);
  });
  it.each(['64', '5.4', '5 ft 12 in', '5 ft 13', 'ft 4', '5 in', '5 ft 4 cm', "5'4'5", '', '-5 ft'])(
    'refuses %j',
    (text) => {
      expect(parseFeetInches(text)).toBeUndefined();
    },
  );
});

describe('feet and inches in the chosen unit, exactly', () => {
  it('5 ft 4 in = 64 in = 64 × 2.54 = 162.56 cm', () => {
    expect(feetInchesAsUnit('5 ft 4 in', 'in')).toBe('64');
    expect(feetInchesAsUnit('5 ft 4 in', 'cm')).toBe('162.56');
    expect(describeFeetInches('5\'4"')).toBe('5 ft 4 in = 64 in = 162.56 cm (1 ft = 12 in, 1 in = 2.54 cm)');
  });
  it('5 ft 7.5 in = 67.5 in = 171.45 cm', () => {
    expect(feetInchesAsUnit('5 ft 7.5 in', 'cm')).toBe('171.45');
  });
  it('plain numbers are not feet and inches', () => {
    expect(feetInchesAsUnit('170', 'cm')).toBeUndefined();
  });
});

describe('convertMeasurement', () => {
  it('64 in → cm is exact: 64 × 2.54 = 162.56', () => {
    expect(convertMeasurement(64, 'in', 'cm')).toEqual({
      text: '162.56',
      exact: true,
      working: '64 in × 2.54 = 162.56 cm',
    });
  });
  it('162.56 cm → in is exact: 162.56 ÷ 2.54 = 64', () => {
    expect(convertMeasurement('162.56', 'cm', 'in')?.text).toBe('64');
  });
  it('170 cm → in is 66.929133… ≈ 66.93 (half-up to 0.01)', () => {
    expect(convertMeasurement(170, 'cm', 'in')).toMatchObject({ text: '66.93', exact: false });
  });
  it('154 lb → kg: 154 × 0.45359237 = 69.85322498 ≈ 69.85', () => {
    expect(convertMeasurement(154, 'lb', 'kg')).toEqual({
      text: '69.85',
      exact: false,
      working: '154 lb × 0.45359237 = 69.853225… ≈ 69.85 kg',
    });
  });
  it('70 kg → lb: 70 ÷ 0.45359237 = 154.3235835… ≈ 154.32; 100 lb → 45.359237 ≈ 45.36 kg', () => {
    expect(convertMeasurement(70, 'kg', 'lb')?.text).toBe('154.32');
    expect(convertMeasurement(100, 'lb', 'kg')?.text).toBe('45.36');
  });
  it('no conversion between a length and a weight', () => {
    expect(convertMeasurement(70, 'kg', 'cm')).toBeUndefined();
  });
});

describe('feetInchesHint: "5.4" may mean 5 ft 4 in', () => {
  it.each([
    ['5.4', 'Did you mean 5 ft 4 in (64 in = 162.56 cm)? Type it as 5 ft 4 in.'],
    ['5,4', 'Did you mean 5 ft 4 in (64 in = 162.56 cm)? Type it as 5 ft 4 in.'],
    ['5.11', 'Did you mean 5 ft 11 in (71 in = 180.34 cm)? Type it as 5 ft 11 in.'],
    ['4.0', 'Did you mean 4 ft 0 in (48 in = 121.92 cm)? Type it as 4 ft 0 in.'],
  ])('%s', (text, hint) => {
    expect(feetInchesHint(text)).toBe(hint);
  });
  it.each(['5.12', '3.5', '8.1', '64', '5', '170'])('no hint for %s', (text) => {
    expect(feetInchesHint(text)).toBeUndefined();
  });
});
