// Browser entry: mounts the app inside the error boundary and registers the offline service worker.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppErrorBoundary } from './app/error-boundary';
import { registerServiceWorker } from './app/register-service-worker';
import './app/app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppErrorBoundary>
        <App />
      </AppErrorBoundary>
    </StrictMode>,
  );
}
if (import.meta.env.PROD) registerServiceWorker();
