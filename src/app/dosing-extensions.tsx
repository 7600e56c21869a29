// The dosing page's extensions, composed here so features never import each other: the blind
// independent double check after the first result, and the time limits. Both load as their own
// chunks; the first screen does not wait for them.
import { lazy, Suspense } from 'react';
import type { DosingExtensions } from '../features/dosing/extensions';

const DoubleCheckPanel = lazy(() =>
  import('../features/double-check/double-check-panel').then((m) => ({ default: m.DoubleCheckPanel })),
);
const TimingGuards = lazy(() =>
  import('../features/dosing-guards/timing-guards').then((m) => ({ default: m.TimingGuards })),
);

export const dosingExtensions: DosingExtensions = {
  secondCheck: (context) => (
    <Suspense fallback={null}>
      <DoubleCheckPanel {...context} />
    </Suspense>
  ),
  timing: (context) => (
    <Suspense fallback={null}>
      <TimingGuards {...context} />
    </Suspense>
  ),
};
