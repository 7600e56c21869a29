// A date and time as the device shows it, for notes and worksheets: "2026-11-27 10:40".

/**
 * @example formatLocalDateTime(new Date(2026, 10, 27, 9, 5)) //=> '2026-11-27 09:05'
 */
export function formatLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
