// The institution settings as React state, saved to localStorage on every change. The page is
// prerendered with the defaults, so while it hydrates the defaults are shown; the saved settings
// take over right after (src/lib/after-hydration.tsx).
import { useCallback, useState } from 'react';
import { useHydrated } from '../../../lib/after-hydration';
import { defaultSettings, readSettings, type Settings, type SettingsRead, writeSettings } from './settings';

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function useSettings() {
  const hydrated = useHydrated();
  const [state, setState] = useState<SettingsRead>(() => readSettings(browserStorage()));
  const update = useCallback((patch: Partial<Settings>) => {
    setState((previous) => {
      const settings = { ...previous.settings, ...patch };
      const saved = writeSettings(browserStorage(), settings);
      return saved
        ? { settings }
        : { settings, notice: 'These settings could not be saved in this browser.' };
    });
  }, []);
  const reset = useCallback(() => {
    writeSettings(browserStorage(), defaultSettings);
    setState({ settings: defaultSettings });
  }, []);
  const dismissNotice = useCallback(() => setState((previous) => ({ settings: previous.settings })), []);
  const shown: SettingsRead = hydrated ? state : { settings: defaultSettings };
  return {
    settings: shown.settings,
    notice: shown.notice,
    /** The saved settings, even while hydrating: only for what never shows in the prerendered page. */
    savedSettings: state.settings,
    update,
    reset,
    dismissNotice,
  };
}
