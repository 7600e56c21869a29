// The current time of day for the UI: the one place the time fields' "Now" buttons and the time
// limits read the device clock, as 24-hour "HH:MM". The domain never reads it: it gets `now`.
// (When the app-wide clock provider lands, read it here and nothing else changes.)
import { useEffect, useState } from 'react';
import { clockTimeOfDate } from '../domain';

/** The device clock's time of day now, "HH:MM". */
export function readNowTime(): string {
  return clockTimeOfDate(new Date());
}

/** The device clock's time of day, refreshed every `refreshMs` (an unchanged minute does not re-render). */
export function useNowTime(refreshMs = 5_000): string {
  const [now, setNow] = useState(readNowTime);
  useEffect(() => {
    const timer = setInterval(() => setNow(readNowTime()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
