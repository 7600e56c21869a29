// The one clock of the app: the shell provides "now", components read it with useNow() and never
// call new Date() themselves. "now" is null until the app is mounted in a browser (on the server,
// in a prerender and in the very first client render), so nothing time-dependent is painted before
// the page is live; then it follows the device clock, refreshed each tick and when the page comes
// back into view. A fixed `now` (tests, prerender) replaces the device clock entirely.
import { createContext, type ReactNode, startTransition, useContext, useEffect, useState } from 'react';

const ClockContext = createContext<Date | null>(null);

/** How often the device clock is read: times are shown to the minute. */
export const clockTickMs = 15_000;

const sameMinute = (a: Date, b: Date) =>
  Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);

type ClockProviderProps = {
  /** A fixed time instead of the device clock. */
  now?: Date | undefined;
  tickMs?: number;
  children: ReactNode;
};

export function ClockProvider({ now, tickMs = clockTickMs, children }: ClockProviderProps) {
  const [device, setDevice] = useState<Date | null>(null);
  const fixed = now !== undefined;
  useEffect(() => {
    if (fixed) return;
    // A new value only when the minute changes: readers re-render once a minute at most.
    const read = () => {
      const next = new Date();
      // A transition: the readers re-render in slices that never hold up typing.
      startTransition(() => {
        setDevice((previous) => (previous && sameMinute(previous, next) ? previous : next));
      });
    };
    read();
    const timer = setInterval(read, tickMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') read();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [fixed, tickMs]);
  return <ClockContext.Provider value={now ?? device}>{children}</ClockContext.Provider>;
}

/** The current time from the nearest ClockProvider; null before the clock is read or without one. */
export function useNow(): Date | null {
  return useContext(ClockContext);
}
