import { describe, expect, it } from 'vitest';
import { atMost, clinicalNumbers } from './clinical-text';

describe('numbers at clinical precision', () => {
  it('keeps a short value as it is and marks a shortened one with ≈ (half-up)', () => {
    expect(atMost(1.82, 4)).toBe('1.82');
    // 154 lb × 0.45359237 = 69.85322498 kg → 69.85
    expect(atMost(69.85322498, 2)).toBe('≈69.85');
    // 1.78745 → 1.7875 (half-up on the exact decimal, not the float)
    expect(atMost('1.78745', 4)).toBe('≈1.7875');
  });
  it('shortens every long decimal in a text, with its ellipsis, to 4 places', () => {
    expect(clinicalNumbers('√(170 × 70 ÷ 3600) = 1.81812… m²')).toBe('√(170 × 70 ÷ 3600) ≈ 1.8181 m²');
    expect(clinicalNumbers('72.8 ÷ 0.6 = 121.33333 mL; 36.4 mL')).toBe('72.8 ÷ 0.6 ≈ 121.3333 mL; 36.4 mL');
  });
});
