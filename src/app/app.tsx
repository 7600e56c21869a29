// The application shell: providers, the header and the switch between the dosing and audit views.
// Features do not import each other; they are composed here.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { DosingPage } from '../features/dosing/dosing-page';
import { dosingExtensions } from './dosing-extensions';

const AuditPage = lazy(() => import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Number.POSITIVE_INFINITY },
  },
});

type View = 'dosing' | 'audit';

export function App() {
  const [view, setView] = useState<View>('dosing');
  return (
    <QueryClientProvider client={queryClient}>
      <header className="app-header">
        <h1>
          J9207 <span className="app-header__drug">ixabepilone</span> dose &amp; billing
        </h1>
        <nav aria-label="Views" className="app-nav">
          <button type="button" aria-pressed={view === 'dosing'} onClick={() => setView('dosing')}>
            Dosing
          </button>
          <button type="button" aria-pressed={view === 'audit'} onClick={() => setView('audit')}>
            Audit
          </button>
        </nav>
      </header>
      <main id="main">
        {view === 'dosing' ? (
          <DosingPage extensions={dosingExtensions} />
        ) : (
          <Suspense fallback={<p role="status">Loading the audit view…</p>}>
            <AuditPage />
          </Suspense>
        )}
      </main>
    </QueryClientProvider>
  );
}
