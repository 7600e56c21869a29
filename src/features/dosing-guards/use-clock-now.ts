// The device's time of day as "HH:MM", refreshed every 15 seconds: the UI reads the clock here and
// hands it to the pure timing rules as a parameter.
import { useEffect, useState } from 'react';

function clockText(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function useClockNow(refreshMs = 15_000): string {
  const [now, setNow] = useState(() => clockText(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setNow(clockText(new Date())), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
