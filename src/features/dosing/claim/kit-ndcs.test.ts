import { describe, expect, it } from 'vitest';
import type { ReferenceKit } from '../api/reference-data-schema';
import { kitNdcs } from './kit-ndcs';

const reference: ReferenceKit[] = [
  { strengthMg: 15, labeler: 'R-Pharm US', productNdc: '70020-1910', ndc: '70020-1910-01', verified: true },
  { strengthMg: 45, labeler: 'R-Pharm US', productNdc: '70020-1911', ndc: null, verified: false },
];

describe('kitNdcs', () => {
  it('uses the reference NDC, and leaves the unverified package code unknown', () => {
    const { kits } = kitNdcs(reference, {});
    expect(kits[15]).toEqual({
      strengthMg: 15,
      ndc11: '70020191001',
      display: '70020-1910-01',
      verified: true,
      origin: 'reference',
    });
    expect(kits[45]).toEqual({
      strengthMg: 45,
      ndc11: null,
      display: '70020-1911-??',
      verified: false,
      origin: 'reference',
    });
  });

  it('normalises a typed carton NDC to 5-4-2 (5-4-1 → package padded with a 0)', () => {
    const { kits, messages } = kitNdcs(reference, { 45: '70020-1911-1' });
    expect(kits[45]).toMatchObject({
      ndc11: '70020191101',
      display: '70020-1911-01',
      origin: 'carton',
      verified: true,
    });
    expect(messages[45]).toBeUndefined();
  });

  it('warns when the typed NDC is another product', () => {
    const { messages } = kitNdcs(reference, { 45: '70020191001' });
    expect(messages[45]).toMatch(/not the reference product 70020-1911/);
  });

  it('explains an unreadable NDC and keeps the reference one', () => {
    const { kits, messages } = kitNdcs(reference, { 15: '7002019101' });
    expect(messages[15]).toMatch(/needs its hyphens/);
    expect(kits[15]?.origin).toBe('reference');
  });

  it('knows no NDC without reference data', () => {
    expect(kitNdcs(undefined, {}).kits).toEqual({});
  });
});
