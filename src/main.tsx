// Browser entry: mounts the app inside the error boundary and registers the offline service worker.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppErrorBoundary } from './app/error-boundary';
import { registerServiceWorker } from './app/register-service-worker';
import './app/app.css';

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // The first render as a transition: React renders it in small slices, so a slow tablet's main thread
  // is never blocked for long (the static shell in index.html is on screen meanwhile).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <AppErrorBoundary>
          <App />
        </AppErrorBoundary>
      </StrictMode>,
    );
  });
}
if (import.meta.env.PROD) registerServiceWorker();
