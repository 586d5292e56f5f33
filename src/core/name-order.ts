// The order of names (clients, calendars) in what tt prints: case-insensitive, then by code unit.
// Not localeCompare: its first call starts ICU's collator, 10-20 ms of a command that sorts a few
// names (reconcile, with a calendar's meetings cut into days, is held to 1.5x `tt log`).

export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
