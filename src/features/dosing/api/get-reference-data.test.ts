import { afterEach, describe, expect, it, vi } from 'vitest';
import referenceJson from '../../../../public/data/j9207.json';
import { getReferenceData, ReferenceDataError } from './get-reference-data';
import { referenceDataSchema } from './reference-data-schema';

afterEach(() => vi.unstubAllGlobals());

describe('public/data/j9207.json', () => {
  it('passes its schema', () => {
    expect(referenceDataSchema.safeParse(referenceJson).success).toBe(true);
  });

  it('says what the reference says: 15 mg kit 70020-1910-01 verified; 45 mg package code unknown', () => {
    const data = referenceDataSchema.parse(referenceJson);
    expect(data.kits.find((k) => k.strengthMg === 15)).toMatchObject({
      ndc: '70020-1910-01',
      verified: true,
    });
    expect(data.kits.find((k) => k.strengthMg === 45)).toMatchObject({
      productNdc: '70020-1911',
      ndc: null,
      verified: false,
    });
    expect(data.paymentLimit).toMatchObject({ perUnitUsd: null, quarter: null });
  });

  it('carries the true descriptors of the codes confused with J9207, word for word', () => {
    const data = referenceDataSchema.parse(referenceJson);
    expect(Object.fromEntries(data.confusedCodes.map((c) => [c.code, c.descriptor]))).toEqual({
      J9371: 'Injection, vincristine sulfate liposome, 1 mg',
      J9261: 'Injection, nelarabine, 50 mg',
      J9262: 'Injection, omacetaxine mepesuccinate, 0.01 mg',
      J9217: 'Leuprolide acetate (for depot suspension), 7.5 mg',
      Q5107: 'Injection, bevacizumab-awwb, biosimilar (Mvasi), 10 mg',
    });
    expect(data.hcpcs.descriptor).toBe('Injection, ixabepilone, 1 mg');
  });
});

describe('getReferenceData', () => {
  it('fetches relative to the page and returns the validated data', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(referenceJson)));
    vi.stubGlobal('fetch', fetchMock);
    const data = await getReferenceData();
    expect(data.kits).toHaveLength(2);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toMatch(/^(\.\/|\/)data\/j9207\.json$/);
  });

  it('explains a missing, unreadable or malformed file in plain words (no status code, no field path)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cases: [() => Promise<Response>, RegExp][] = [
      [async () => new Response('Not found', { status: 404 }), /was not found on the server/],
      [async () => new Response('Busy', { status: 503 }), /did not send the reference file/],
      [async () => Promise.reject(new TypeError('Failed to fetch')), /offline or blocked/],
      [async () => new Response('{"version":1,'), /damaged and cannot be read/],
      [
        async () => new Response(JSON.stringify({ ...referenceJson, kits: [{ strengthMg: 30 }] })),
        /entries the app does not recognize/,
      ],
    ];
    for (const [respond, message] of cases) {
      vi.stubGlobal('fetch', vi.fn(respond));
      const error = await getReferenceData().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReferenceDataError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toMatch(/HTTP|\d{3}|kits\.|JSON/);
    }
  });
});
