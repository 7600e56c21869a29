// Browser entry: hydrates the prerendered first screen (dist/index.html holds it, see
// src/prerender.tsx) and registers the offline service worker. The dev server serves an empty root:
// the app is then rendered from scratch.
import { createRoot, hydrateRoot } from 'react-dom/client';
import { registerServiceWorker } from './app/register-service-worker';
import { Root } from './app/root';
import './app/app.css';

const container = document.getElementById('root');
if (container) {
  if (container.firstElementChild) hydrateRoot(container, <Root />);
  else createRoot(container).render(<Root />);
}
if (import.meta.env.PROD) registerServiceWorker();
