// Each page has its own query client: a fetch made for one page (or one test) never answers for
// another, while the page's own client outlives the loader being unmounted (the blind second check).
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import referenceJson from '../../../../public/data/j9207.json?raw';
import type { ReferenceDataState } from './get-reference-data';
import { type QueryClientSlot, ReferenceDataLoader } from './reference-data-loader';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function stubFetch() {
  const fetchMock = vi.fn(
    async () => new Response(referenceJson, { headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function loadOnce(slot: QueryClientSlot) {
  const states: ReferenceDataState[] = [];
  const view = render(<ReferenceDataLoader onChange={(state) => states.push(state)} clientSlot={slot} />);
  await waitFor(() => expect(states.at(-1)?.status).toBe('success'));
  view.unmount();
  return states;
}

describe('ReferenceDataLoader', () => {
  it('a new page (a new slot) fetches for itself: nothing cached carries over', async () => {
    const fetchMock = stubFetch();
    await loadOnce({ current: null });
    await loadOnce({ current: null });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('the same page, its loader mounted again, answers from its own cache at once', async () => {
    const fetchMock = stubFetch();
    const slot: QueryClientSlot = { current: null };
    await loadOnce(slot);
    const again = await loadOnce(slot);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(again[0]?.status).toBe('success');
  });
});
