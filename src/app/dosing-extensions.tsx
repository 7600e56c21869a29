// The dosing page's extensions, composed here so features never import each other: the blind
// independent double check after the first result, and the time limits. Both load as their own
// chunks after hydration; the first screen (prerendered, no clock) does not wait for them.
import { lazy, memo, Suspense } from 'react';
import type { DosingExtensions } from '../features/dosing/extensions';
import { AfterHydration } from '../lib/after-hydration';

// Memoised: a keystroke in the dosing form re-renders the page, not these panels (their props hold).
const DoubleCheckPanel = memo(
  lazy(() =>
    import('../features/double-check/double-check-panel').then((m) => ({ default: m.DoubleCheckPanel })),
  ),
);
const TimingGuards = memo(
  lazy(() => import('../features/dosing-guards/timing-guards').then((m) => ({ default: m.TimingGuards }))),
);

export const dosingExtensions: DosingExtensions = {
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
