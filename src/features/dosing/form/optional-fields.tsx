// The optional inputs, folded away until needed: liver tests, counts, CYP3A4 interactions,
// infusion times, 340B and the site of care. Their code loads when first opened; once open they
// stay mounted (hidden when folded), so nothing typed is lost.
import { lazy, Suspense, useState } from 'react';

const OptionalFieldsBody = lazy(() =>
  import('./optional-fields-body').then((m) => ({ default: m.OptionalFieldsBody })),
);

export function OptionalFields({ modifier340B }: { modifier340B: 'JG' | 'TB' }) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <div className="optional">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls="optional-fields"
        onClick={() => {
          setOpen((value) => !value);
          setOpened(true);
        }}
      >
        Labs, interactions, infusion times, billing <span className="disclosure__hint">(optional)</span>
      </button>
      <div id="optional-fields" className="optional__body" hidden={!open}>
        {opened ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <OptionalFieldsBody modifier340B={modifier340B} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
