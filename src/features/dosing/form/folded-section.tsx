// An optional part of the form, folded away until needed: its code loads when first opened; once
// open it stays mounted (hidden when folded), so nothing typed is lost.
import { type ReactNode, Suspense, useState } from 'react';

type FoldedSectionProps = {
  id: string;
  title: string;
  /** The section's body, usually a lazy component: rendered from the first opening on. */
  children: ReactNode;
};

export function FoldedSection({ id, title, children }: FoldedSectionProps) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <div className="optional">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen((value) => !value);
          setOpened(true);
        }}
      >
        {title} <span className="disclosure__hint">(optional)</span>
      </button>
      <div id={id} className="optional__body" hidden={!open}>
        {opened ? <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense> : null}
      </div>
    </div>
  );
}
