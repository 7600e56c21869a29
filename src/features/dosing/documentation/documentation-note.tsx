// The plain-text documentation note with every number, copied with one button. Copying is the
// user's act; the note is never stored.
import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

export function DocumentationNote({ note }: { note: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const textRef = useRef<HTMLTextAreaElement>(null);
  // A changed note has not been copied yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the status whenever the note text changes
  useEffect(() => setState('idle'), [note]);

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(note);
      setState('copied');
    } catch {
      setState('failed');
      textRef.current?.select();
    }
  }

  return (
    <div className="doc-note">
      <label className="field__label" htmlFor="documentation-note">
        Documentation note
      </label>
      <textarea
        id="documentation-note"
        ref={textRef}
        className="doc-note__text"
        readOnly
        value={note}
        rows={12}
        spellCheck={false}
      />
      <div className="doc-note__actions">
        <button type="button" className="button" onClick={copy}>
          Copy note
        </button>
        <p className="doc-note__status" role="status">
          {state === 'copied' ? 'Copied: paste it into the record.' : null}
          {state === 'failed' ? 'Copying was not allowed: the note is selected, copy it by hand.' : null}
        </p>
      </div>
    </div>
  );
}
