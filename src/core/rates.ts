// Rates have a history: each change applies from a day on, and earlier work keeps the older rate.
import type { DateString } from './time.ts';

export interface RateChange {
  from: DateString | null; // null: since the beginning
  rate: number;
}

/** The rate in force on `day`, or null when no rate applies yet. */
export function rateOn(history: readonly RateChange[], day: DateString): number | null {
  let found: RateChange | null = null;
  for (const change of history) {
    if (change.from !== null && change.from > day) continue;
    if (!found || (found.from ?? '') <= (change.from ?? '')) found = change;
  }
  return found ? found.rate : null;
}

/** History with `change` applied: a change from the same day replaces the old one. */
export function withRate(history: readonly RateChange[], change: RateChange): RateChange[] {
  const rest = history.filter((c) => c.from !== change.from);
  return [...rest, change].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
}
