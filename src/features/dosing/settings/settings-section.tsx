// The settings panel behind one button; its code loads only when opened.
import { lazy, Suspense, useState } from 'react';
import type { Settings } from './settings';

const SettingsPanel = lazy(() => import('./settings-panel').then((m) => ({ default: m.SettingsPanel })));

type SettingsSectionProps = {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onReset: () => void;
};

export function SettingsSection(props: SettingsSectionProps) {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="panel__heading-row">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="settings-body"
          onClick={() => setOpen((value) => !value)}
        >
          Settings (institution policy)
        </button>
      </h2>
      <div id="settings-body" hidden={!open}>
        {open ? (
          <Suspense fallback={<p role="status">Loading the settings…</p>}>
            <SettingsPanel {...props} />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
