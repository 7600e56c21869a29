// The application shell: the header and the switch between the dosing and audit views.
// Features do not import each other; they are composed here. A view, once opened, stays mounted
// (hidden while the other is shown), so switching views never loses what was typed. The shell
// provides the one clock every view reads "now" from.
import { lazy, Suspense, useState } from 'react';
import { DosingPage } from '../features/dosing/dosing-page';
import { ClockProvider } from '../lib/clock';
import { dosingExtensions } from './dosing-extensions';

const AuditPage = lazy(() => import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })));

type View = 'dosing' | 'audit';

type AppProps = {
  /** A fixed time instead of the device clock (tests, prerender). */
  now?: Date | undefined;
};

export function App({ now }: AppProps = {}) {
  const [view, setView] = useState<View>('dosing');
  const [auditOpened, setAuditOpened] = useState(false);
  const show = (next: View) => {
    if (next === 'audit') setAuditOpened(true);
    setView(next);
  };
  return (
    <ClockProvider now={now}>
      <header className="app-header">
        <h1>
          J9207 <span className="app-header__drug">ixabepilone</span> dose &amp; billing
        </h1>
        <nav aria-label="Views" className="app-nav">
          <button type="button" aria-pressed={view === 'dosing'} onClick={() => show('dosing')}>
            Dosing
          </button>
          <button type="button" aria-pressed={view === 'audit'} onClick={() => show('audit')}>
            Audit
          </button>
        </nav>
      </header>
      <main id="main">
        <div hidden={view !== 'dosing'}>
          <DosingPage extensions={dosingExtensions} />
        </div>
        {auditOpened ? (
          <div hidden={view !== 'audit'}>
            <Suspense fallback={<p role="status">Loading the audit view…</p>}>
              <AuditPage />
            </Suspense>
          </div>
        ) : null}
      </main>
    </ClockProvider>
  );
}
