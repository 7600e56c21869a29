// The institution settings as React state, saved to localStorage on every change. The page is
// prerendered with the defaults, and while it hydrates the defaults are shown; right after, the
// stored settings are read (settings-store.ts, with its schema, loads then) and take over.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '../../../lib/after-hydration';
import { loadOnce } from '../../../lib/load-once';
import { defaultSettings, type Settings, type SettingsRead } from './settings';

type SettingsStore = typeof import('./settings-store');
export const settingsStore = loadOnce(() => import('./settings-store'));

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

const notSaved = 'These settings could not be saved in this browser.';

type State = SettingsRead & {
  /** The stored settings as read (once), for what follows them (the form's defaults); undefined until read. */
  stored?: Settings | undefined;
};

export function useSettings() {
  const hydrated = useHydrated();
  const [state, setState] = useState<State>(() => {
    const store = settingsStore.current();
    if (!store) return { settings: defaultSettings };
    const read = store.readSettings(browserStorage());
    return { ...read, stored: read.settings };
  });
  const current = useRef(state.settings);
  current.current = state.settings;

  useEffect(() => {
    if (!hydrated || state.stored) return;
    let live = true;
    settingsStore.load().then(
      (store) => {
        if (!live) return;
        const read = store.readSettings(browserStorage());
        // A change made in the meantime wins over what was stored. A transition: the page re-renders
        // with them in slices that never hold up typing.
        startTransition(() => {
          setState((previous) => (previous.stored ? previous : { ...read, stored: read.settings }));
        });
      },
      () => {
        if (!live) return;
        setState((previous) =>
          previous.stored
            ? previous
            : {
                settings: defaultSettings,
                stored: defaultSettings,
                notice: 'The saved settings could not be loaded: the defaults are in use.',
              },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [hydrated, state.stored]);

  const save = useCallback((settings: Settings) => {
    const write = (store: SettingsStore) => {
      if (!store.writeSettings(browserStorage(), settings)) {
        setState((previous) => ({ ...previous, notice: notSaved }));
      }
    };
    const store = settingsStore.current();
    if (store) write(store);
    else settingsStore.load().then(write, () => setState((previous) => ({ ...previous, notice: notSaved })));
  }, []);
  const update = useCallback(
    (patch: Partial<Settings>) => {
      const settings = { ...current.current, ...patch };
      setState((previous) => ({ settings, stored: previous.stored ?? settings }));
      save(settings);
    },
    [save],
  );
  const reset = useCallback(() => {
    setState((previous) => ({ settings: defaultSettings, stored: previous.stored ?? defaultSettings }));
    save(defaultSettings);
  }, [save]);
  const dismissNotice = useCallback(
    () => setState((previous) => ({ settings: previous.settings, stored: previous.stored })),
    [],
  );
  const shown: SettingsRead = hydrated ? state : { settings: defaultSettings };
  return {
    settings: shown.settings,
    notice: shown.notice,
    /** The stored settings once read (after hydration), for the form's defaults; undefined until then. */
    storedSettings: hydrated ? state.stored : undefined,
    update,
    reset,
    dismissNotice,
  };
}
