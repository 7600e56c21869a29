// The app's start, loaded by the entry (src/boot.ts) after the first paint: hydrates the prerendered
// first screen (dist/index.html holds it, see src/prerender.tsx) and registers the offline service
// worker. The dev server serves an empty root: the app is then rendered from scratch.
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { registerServiceWorker } from './app/register-service-worker';
import { Root } from './app/root';
import './app/app.css';

export function startApp(): void {
  const container = document.getElementById('root');
  // Hydration as a transition: React hydrates in short slices, yielding to the browser between them,
  // instead of one long task (a default-priority hydration is not sliced).
  if (container?.firstElementChild) {
    startTransition(() => {
      hydrateRoot(container, <Root />);
    });
  } else if (container) {
    createRoot(container).render(<Root />);
  }
  if (import.meta.env.PROD) registerServiceWorker();
}
