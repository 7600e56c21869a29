// "Since the last cycle" (optional), folded away until needed: the last dose and toxicities the
// label's dose-modification table asks about. Its code loads when first opened; once open it stays
// mounted (hidden when folded), so nothing typed is lost.
import { lazy, Suspense, useState } from 'react';

const LastCycleFieldsBody = lazy(() =>
  import('./last-cycle-fields-body').then((m) => ({ default: m.LastCycleFieldsBody })),
);

export function LastCycleFields() {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <div className="optional">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls="last-cycle-fields"
        onClick={() => {
          setOpen((value) => !value);
          setOpened(true);
        }}
      >
        Since the last cycle: dose and toxicities <span className="disclosure__hint">(optional)</span>
      </button>
      <div id="last-cycle-fields" className="optional__body" hidden={!open}>
        {opened ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <LastCycleFieldsBody />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
