// Today's date on this device as "YYYY-MM-DD": the audit view reads the clock here, once per
// audit, and hands the date to the pure audit as a parameter (a date of service after it is flagged).
export function deviceToday(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
