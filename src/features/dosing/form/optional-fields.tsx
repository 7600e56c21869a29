// The optional inputs, folded away until needed: liver tests, counts, CYP3A4 interactions,
// infusion times, 340B and the site of care.
import { lazy } from 'react';
import { FoldedSection } from './folded-section';

const OptionalFieldsBody = lazy(() =>
  import('./optional-fields-body').then((m) => ({ default: m.OptionalFieldsBody })),
);

export function OptionalFields({ modifier340B }: { modifier340B: 'JG' | 'TB' }) {
  return (
    <FoldedSection id="optional-fields" title="Labs, interactions, infusion times, billing">
      <OptionalFieldsBody modifier340B={modifier340B} />
    </FoldedSection>
  );
}
