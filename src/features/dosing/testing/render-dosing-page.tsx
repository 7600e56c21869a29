// Renders the dosing page as the app does (with a fresh react-query client and the app's clock,
// fixed) for component tests, with the reference data served from public/data/j9207.json or a
// chosen failure.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import referenceJson from '../../../../public/data/j9207.json';
import { ClockProvider } from '../../../lib/clock';
import { DosingPage } from '../dosing-page';

/** The time every dosing page test runs at, unless it says otherwise: 27 November 2026, 10:30. */
export const testNow = new Date(2026, 10, 27, 10, 30);

export type ReferenceMode = 'ok' | 'missing' | 'malformed';

export function stubReferenceFetch(mode: ReferenceMode = 'ok') {
  const fetchMock = vi.fn(async () => {
    if (mode === 'missing') return new Response('Not found', { status: 404 });
    if (mode === 'malformed')
      return new Response(JSON.stringify({ version: 1, kits: 'none' }), { status: 200 });
    return new Response(JSON.stringify(referenceJson), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function renderDosingPage(mode: ReferenceMode = 'ok', now: Date = testNow) {
  stubReferenceFetch(mode);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  const user = userEvent.setup();
  const view = render(
    <ClockProvider now={now}>
      <QueryClientProvider client={client}>
        <main>
          <DosingPage />
        </main>
      </QueryClientProvider>
    </ClockProvider>,
  );
  return { user, ...view };
}
