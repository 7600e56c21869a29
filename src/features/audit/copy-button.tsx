// A button that copies a text to the clipboard and says whether it worked (copying is the user's
// act; nothing is stored). When the browser refuses, the text's own element stays selectable.
import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, label, onFail }: { text: string; label: string; onFail?: () => void }) {
  const [state, setState] = useState<CopyState>('idle');
  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
      onFail?.();
    }
  }
  return (
    <span className="audit-copy">
      <button type="button" className="audit-button audit-button--secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" className="audit-copy__status">
        {state === 'copied'
          ? 'Copied.'
          : state === 'failed'
            ? 'Copying was not allowed: select the text and copy it.'
            : ''}
      </span>
    </span>
  );
}
