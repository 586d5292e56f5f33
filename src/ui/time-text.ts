// Small time texts for the terminal.
import { addDays, formatClock as clock, localDate } from '../core/time.ts';

export { clock as formatClock };

/** " (+1d)" when an interval ends on a later local day than it starts. */
export function hoursBetweenLabel(start: number, end: number, tz: string): string {
  const a = localDate(start, tz);
  const b = localDate(end, tz);
  if (a === b) return '';
  let days = 0;
  for (let d = a; d < b && days < 1000; d = addDays(d, 1)) days++;
  return ` (+${days}d)`;
}
