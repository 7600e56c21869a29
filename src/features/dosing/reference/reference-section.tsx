// The reference panel behind one button; its code loads only when opened.
import { lazy, Suspense, useState } from 'react';
import type { ReferenceData } from '../api/reference-data-schema';

const ReferencePanel = lazy(() => import('./reference-panel').then((m) => ({ default: m.ReferencePanel })));

type ReferenceSectionProps = { data: ReferenceData | undefined; unavailableReason: string | undefined };

export function ReferenceSection({ data, unavailableReason }: ReferenceSectionProps) {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="reference-heading">
      <h2 id="reference-heading" className="panel__heading-row">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="reference-body"
          onClick={() => setOpen((value) => !value)}
        >
          Reference: label facts and code descriptors
        </button>
      </h2>
      <div id="reference-body" hidden={!open}>
        {open ? (
          <Suspense fallback={<p role="status">Loading the reference…</p>}>
            <ReferencePanel data={data} unavailableReason={unavailableReason} />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
