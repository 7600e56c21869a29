// The first screen is prerendered at build time (src/prerender.tsx) and hydrated in the browser. While
// React hydrates, a component must render exactly what the prerender rendered: no clock, no stored
// settings, no reference data, none of the lazily loaded parts. `useHydrated()` is false during the
// prerender and during hydration, and true from the render right after, which runs as a transition
// (in slices that never block input for long). Outside <HydrationBoundary> (component tests, a
// page that was not prerendered) it is true from the start.
import { createContext, type ReactNode, startTransition, useContext, useEffect, useState } from 'react';

const HydratedContext = createContext(true);

/** Wraps the prerendered tree: its parts see `useHydrated()` false until hydration has committed. */
export function HydrationBoundary({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

export function useHydrated(): boolean {
  return useContext(HydratedContext);
}

/** Renders `children` only once the page is hydrated: the prerendered HTML holds `fallback` (default nothing). */
export function AfterHydration({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useHydrated() ? children : fallback;
}
