// "Since the last cycle" (optional), folded away until needed: the last dose and toxicities the
// label's dose-modification table asks about.
import { lazy } from 'react';
import { FoldedSection } from './folded-section';

const LastCycleFieldsBody = lazy(() =>
  import('./last-cycle-fields-body').then((m) => ({ default: m.LastCycleFieldsBody })),
);

export function LastCycleFields() {
  return (
    <FoldedSection id="last-cycle-fields" title="Since the last cycle: dose and toxicities">
      <LastCycleFieldsBody />
    </FoldedSection>
  );
}
