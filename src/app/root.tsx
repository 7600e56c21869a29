// The whole React tree, shared by the browser entry (src/main.tsx, which hydrates it) and the
// build-time prerender (src/prerender.tsx, which renders it to HTML): one tree, so the prerendered
// first screen cannot drift from the app.
import { StrictMode } from 'react';
import { HydrationBoundary } from '../lib/after-hydration';
import { App } from './app';
import { AppErrorBoundary } from './error-boundary';

export function Root() {
  return (
    <StrictMode>
      <HydrationBoundary>
        <AppErrorBoundary>
          <App />
        </AppErrorBoundary>
      </HydrationBoundary>
    </StrictMode>
  );
}
