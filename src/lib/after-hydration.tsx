// The first screen is prerendered at build time (src/prerender.tsx) and hydrated in the browser. While
// React hydrates, a component must render exactly what the prerender rendered: no clock, no stored
// settings, no reference data, none of the lazily loaded parts. `useHydrated()` is false during the
// prerender and during hydration, and true from the render right after (and from the first render
// of a page that was not prerendered, e.g. the dev server and component tests).
import { type ReactNode, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** Renders `children` only once the page is hydrated: the prerendered HTML holds `fallback` (default nothing). */
export function AfterHydration({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useHydrated() ? children : fallback;
}
