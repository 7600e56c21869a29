// The device's time of day as "HH:MM", from the app's one clock reader (src/lib/now-time.ts).
export { useNowTime as useClockNow } from '../../lib/now-time';
