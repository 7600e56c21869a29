// Renders the dosing page as the app does (with a fresh react-query client) for component tests,
// with the reference data served from public/data/j9207.json or a chosen failure.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import referenceJson from '../../../../public/data/j9207.json';
import { DosingPage } from '../dosing-page';

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

export function renderDosingPage(mode: ReferenceMode = 'ok') {
  stubReferenceFetch(mode);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={client}>
      <main>
        <DosingPage />
      </main>
    </QueryClientProvider>,
  );
  return { user, ...view };
}
