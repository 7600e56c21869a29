// The first screen is prerendered at build time (src/prerender.tsx) and hydrated in the browser. While
// React hydrates, a component must render exactly what the prerender rendered: no clock, no stored
// settings, no reference data, none of the lazily loaded parts. `useHydrated()` is false during the
// prerender and during hydration, and true from the render right after, which runs as a transition
// (in slices that never block input for long).
// The rest of the page (the calculation core, the panels below the form, the reference data) loads on
// first use: the first touch, key, focus, scroll or wheel on the page, or after `restLoadsAfterMs` if
// nobody has touched it, so nothing competes with the first screen and the first tap.
// `useAfterFirstUse()` says when. Outside <HydrationBoundary> (component tests, a page that was not
// prerendered) both are true from the start.
import { createContext, type ReactNode, startTransition, useContext, useEffect, useState } from 'react';

const HydratedContext = createContext(true);
const FirstUseContext = createContext(true);

/** How long after hydration the rest of the page loads when nobody has used it yet. */
export const restLoadsAfterMs = 3000;

const firstUseEvents = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'] as const;

/** Wraps the prerendered tree: its parts see `useHydrated()` false until hydration has committed. */
export function HydrationBoundary({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  const [used, setUsed] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  useEffect(() => {
    if (!hydrated || used) return;
    const start = () => startTransition(() => setUsed(true));
    const options = { capture: true, passive: true } as const;
    for (const name of firstUseEvents) window.addEventListener(name, start, options);
    const timer = setTimeout(start, restLoadsAfterMs);
    return () => {
      for (const name of firstUseEvents) window.removeEventListener(name, start, options);
      clearTimeout(timer);
    };
  }, [hydrated, used]);
  return (
    <HydratedContext value={hydrated}>
      <FirstUseContext value={hydrated && used}>{children}</FirstUseContext>
    </HydratedContext>
  );
}

/** True once the page is hydrated and has been used (or left alone for `restLoadsAfterMs`). */
export function useAfterFirstUse(): boolean {
  return useContext(FirstUseContext);
}

/** Renders `children` once the page has been used (see `useAfterFirstUse`); `fallback` until then. */
export function AfterFirstUse({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useAfterFirstUse() ? children : fallback;
}

export function useHydrated(): boolean {
  return useContext(HydratedContext);
}

/** Renders `children` only once the page is hydrated: the prerendered HTML holds `fallback` (default nothing). */
export function AfterHydration({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useHydrated() ? children : fallback;
}
