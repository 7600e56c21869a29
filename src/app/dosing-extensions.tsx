// The dosing page's extensions, composed here so features never import each other: the blind
// independent double check after the first result, and the time limits. Both load as their own
// chunks on the page's first use (src/lib/after-hydration.tsx); the first screen (prerendered, no
// clock) does not wait for them.
import { lazy, memo, Suspense, useEffect } from 'react';
import type { DosingExtensions } from '../features/dosing/extensions';
import { AfterFirstUse } from '../lib/after-hydration';

const loadDoubleCheck = () => import('../features/double-check/double-check-panel');
const loadTimingGuards = () => import('../features/dosing-guards/timing-guards');
// Memoised: a keystroke in the dosing form re-renders the page, not these panels (their props hold).
const DoubleCheckPanel = memo(lazy(() => loadDoubleCheck().then((m) => ({ default: m.DoubleCheckPanel }))));
const TimingGuards = memo(lazy(() => loadTimingGuards().then((m) => ({ default: m.TimingGuards }))));

// `ready` settles once both panels are on the page (a marker in each panel's Suspense boundary
// commits with the panel), or once a chunk failed to load (that panel's error shows instead).
const panels = ['double-check', 'timing'] as const;
const shown = new Set<string>();
let settle: () => void = () => {};
const settled = new Promise<void>((resolve) => {
  settle = resolve;
});
let readyPromise: Promise<unknown> | undefined;
const ready = () => {
  readyPromise ??= Promise.race([
    settled,
    Promise.all([loadDoubleCheck(), loadTimingGuards()]).then(
      () => settled,
      () => undefined,
    ),
  ]);
  return readyPromise;
};

function Shown({ panel }: { panel: (typeof panels)[number] }) {
  useEffect(() => {
    shown.add(panel);
    if (panels.every((p) => shown.has(p))) settle();
  }, [panel]);
  return null;
}

export const dosingExtensions: DosingExtensions = {
  ready,
  secondCheck: (context) => (
    <AfterFirstUse>
      <Suspense fallback={null}>
        <DoubleCheckPanel {...context} />
        <Shown panel="double-check" />
      </Suspense>
    </AfterFirstUse>
  ),
  timing: (context) => (
    <AfterFirstUse>
      <Suspense fallback={null}>
        <TimingGuards {...context} />
        <Shown panel="timing" />
      </Suspense>
    </AfterFirstUse>
  ),
};
