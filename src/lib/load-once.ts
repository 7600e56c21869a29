// Code that loads after the first screen, once: a module's import started on demand (or early, to
// have it ready), its value kept for synchronous use once it has arrived, and tried again after a
// failure (offline for a moment). `useLoaded` renders with it once it is there.
import { startTransition, useEffect, useState } from 'react';

export type Loader<T> = {
  /** Starts the import (once) and resolves with the module. */
  load: () => Promise<T>;
  /** The module, once it has arrived. */
  current: () => T | undefined;
};

export function loadOnce<T>(importer: () => Promise<T>): Loader<T> {
  let value: T | undefined;
  let request: Promise<T> | undefined;
  const load = () => {
    if (!request) {
      request = importer().then((loaded) => {
        value = loaded;
        return loaded;
      });
      request.catch(() => {
        request = undefined;
      });
    }
    return request;
  };
  return { load, current: () => value };
}

/**
 * The loader's module: undefined on the renders before it has arrived. Its import starts on mount, or
 * once `start` is true.
 */
export function useLoaded<T>(loader: Loader<T>, start = true): T | undefined {
  const [value, setValue] = useState(loader.current);
  useEffect(() => {
    if (value !== undefined || !start) return;
    let live = true;
    loader.load().then(
      // A transition: what the module adds renders in slices that never hold up typing.
      (loaded) => live && startTransition(() => setValue(() => loaded)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loader, value, start]);
  return value;
}
