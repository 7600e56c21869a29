// The institution settings as React state, saved to localStorage on every change.
import { useCallback, useState } from 'react';
import { defaultSettings, readSettings, type Settings, type SettingsRead, writeSettings } from './settings';

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function useSettings() {
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
  return { settings: state.settings, notice: state.notice, update, reset, dismissNotice };
}
