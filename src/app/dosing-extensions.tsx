// The dosing page's extensions, composed here so features never import each other: the blind
// independent double check after the first result, and the time limits. Both load as their own
// chunks after hydration; the first screen (prerendered, no clock) does not wait for them.
import { lazy, memo, Suspense } from 'react';
import type { DosingExtensions } from '../features/dosing/extensions';
import { AfterHydration } from '../lib/after-hydration';

// Memoised: a keystroke in the dosing form re-renders the page, not these panels (their props hold).
const loadDoubleCheck = () => import('../features/double-check/double-check-panel');
const loadTimingGuards = () => import('../features/dosing-guards/timing-guards');
const DoubleCheckPanel = memo(lazy(() => loadDoubleCheck().then((m) => ({ default: m.DoubleCheckPanel }))));
const TimingGuards = memo(lazy(() => loadTimingGuards().then((m) => ({ default: m.TimingGuards }))));

let loaded: Promise<unknown> | undefined;
/** Both chunks loaded, or one failed (its panel's error then shows where the panel would be). */
const ready = () => {
  loaded ??= Promise.allSettled([loadDoubleCheck(), loadTimingGuards()]);
  return loaded;
};

export const dosingExtensions: DosingExtensions = {
  ready,
  secondCheck: (context) => (
    <AfterHydration>
      <Suspense fallback={null}>
        <DoubleCheckPanel {...context} />
      </Suspense>
    </AfterHydration>
  ),
  timing: (context) => (
    <AfterHydration>
      <Suspense fallback={null}>
        <TimingGuards {...context} />
      </Suspense>
    </AfterHydration>
  ),
};
