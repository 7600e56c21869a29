import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank, parseCountText, parseDecimalText } from './parse-number';

describe('parseDecimalText', () => {
  it('accepts a decimal comma as a decimal point', () => {
    expect(parseDecimalText('72,5')).toBe(72.5);
    expect(parseDecimalText('72.5')).toBe(72.5);
    expect(parseDecimalText(' 170 ')).toBe(170);
    expect(parseDecimalText('0,5')).toBe(0.5);
    expect(parseDecimalText(',5')).toBe(0.5);
    expect(parseDecimalText('72,')).toBe(72);
  });
  it('refuses what it would have to guess', () => {
    for (const bad of [
      '',
      ' ',
      '1,234.5',
      '72,5,1',
      '7 2',
      '-5',
      '+5',
      '1e3',
      'abc',
      '72 kg',
      'NaN',
      'Infinity',
    ]) {
      expect(parseDecimalText(bad)).toBeUndefined();
    }
  });
});

describe('parseCountText', () => {
  it('reads whole counts with or without thousands separators', () => {
    expect(parseCountText('1500')).toBe(1500);
    expect(parseCountText('150,000')).toBe(150000);
    expect(parseCountText('150 000')).toBe(150000);
    expect(parseCountText('1.500')).toBe(1500);
    expect(parseCountText('1,250,000')).toBe(1250000);
  });
  it('refuses a decimal, which is most often a count in 10³/µL', () => {
    for (const bad of ['1,5', '1.5', '', '15,00', '1,500.5', '-1500', '1,500 000']) {
      expect(parseCountText(bad)).toBeUndefined();
    }
  });
});

describe('isBlank', () => {
  it('treats spaces as empty', () => {
    expect(isBlank('  ')).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('0')).toBe(false);
  });
});

describe('parseDecimalText properties', () => {
  it('a decimal comma reads exactly as the same number with a point', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.nat({ max: 99_999 }), (whole, fraction) => {
        const dotted = `${whole}.${fraction}`;
        expect(parseDecimalText(dotted.replace('.', ','))).toBe(Number(dotted));
        expect(parseDecimalText(dotted)).toBe(Number(dotted));
      }),
    );
  });
  it('never returns a number for text holding a letter', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('a', 'e', 'O', 'l', 'x'),
        fc.string(),
        (before, letter, after) => {
          expect(parseDecimalText(`${before}${letter}${after}`)).toBeUndefined();
        },
      ),
    );
  });
});
