import { describe, expect, it } from 'vitest';
import { ceilDiv, dec, roundDown, roundHalfUp, roundUp } from './decimal';

describe('rounding modes on exact decimals', () => {
  it('half-up rounds an exact .5 away from zero, where a float gets it wrong', () => {
    // 35 × 2.09 is 73.15 exactly; as a float it is 73.14999999999999 and Math.round-style gives 73.1.
    expect(roundHalfUp(dec(35).times('2.09'), 1).toFixed()).toBe('73.2');
    expect(Math.round(35 * 2.09 * 10) / 10).toBe(73.1);
  });
  it('half-up: just below, at and above the mid-point', () => {
    expect(roundHalfUp(dec('1.744999'), 2).toFixed()).toBe('1.74');
    expect(roundHalfUp(dec('1.745'), 2).toFixed()).toBe('1.75');
    expect(roundHalfUp(dec('1.745001'), 2).toFixed()).toBe('1.75');
  });
  it('up and down go to the next whole step either side', () => {
    expect(roundUp(dec('72.01'), 0).toFixed()).toBe('73');
    expect(roundUp(dec('72'), 0).toFixed()).toBe('72');
    expect(roundDown(dec('146.66'), 1).toFixed()).toBe('146.6');
  });
  it('a JS number becomes the decimal it prints as', () => {
    expect(dec(0.1).plus(dec(0.2)).toFixed()).toBe('0.3');
  });
});

describe('ceilDiv', () => {
  it('is exact on whole numbers', () => {
    expect(ceilDiv(7280, 1500)).toBe(5);
    expect(ceilDiv(7500, 1500)).toBe(5);
    expect(ceilDiv(7501, 1500)).toBe(6);
    expect(ceilDiv(0, 1500)).toBe(0);
  });
});
