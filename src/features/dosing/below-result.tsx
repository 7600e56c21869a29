// The container of everything below the Result panel (checks, claim, documentation): it follows the
// Result panel's live result at once, while its content follows in a transition.
import type { ReactNode } from 'react';
import { type LiveValue, useLiveValue } from '../../lib/live-value';

/**
 * The details below the Result panel: marked busy while they still show an earlier result, hidden
 * while there is no current result (until the page has caught up and removed them).
 */
export function BelowResult<T>({
  live,
  shown,
  children,
}: {
  live: LiveValue<T | undefined>;
  shown: T | undefined;
  children: ReactNode;
}) {
  const current = useLiveValue(live);
  return (
    <div className="dosing__below" aria-busy={current !== shown} hidden={current === undefined}>
      {children}
    </div>
  );
}
