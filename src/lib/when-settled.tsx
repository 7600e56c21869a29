// Renders its children once a promise has settled (fulfilled or rejected): for content that must
// wait for other parts of the page to arrive first.
import { type ReactNode, startTransition, useEffect, useState } from 'react';

/**
 * Renders `children` once `whenReady()` has settled; at once without it. State, not `use()`: a
 * render that suspended here would hold back the page's other updates. The children appear in a
 * transition.
 */
export function WhenSettled({
  whenReady,
  children,
}: {
  whenReady: (() => Promise<unknown>) | undefined;
  children: ReactNode;
}) {
  const [settled, setSettled] = useState(whenReady === undefined);
  useEffect(() => {
    if (!whenReady) return;
    let current = true;
    const done = () => {
      if (current) startTransition(() => setSettled(true));
    };
    whenReady().then(done, done);
    return () => {
      current = false;
    };
  }, [whenReady]);
  return settled ? children : null;
}
