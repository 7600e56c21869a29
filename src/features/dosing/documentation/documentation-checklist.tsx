// The documentation checklist: what the record needs for this administration, each with the
// denial reason it prevents. Ticks are for the moment only; nothing is stored.
import { useState } from 'react';
import type { ChecklistItem } from '../../../domain';
import '../form/optional-fields.css';

export function DocumentationChecklist({ items }: { items: readonly ChecklistItem[] }) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setDone((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <ul className="doc-checklist" aria-label="Documentation checklist">
      {items.map((item) => {
        const id = `doc-${item.id}`;
        return (
          <li key={item.id} className="check-field">
            <input type="checkbox" id={id} checked={done.has(item.id)} onChange={() => toggle(item.id)} />
            <label htmlFor={id}>
              {item.text}
              <span className="check-field__hint">{item.reason}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
