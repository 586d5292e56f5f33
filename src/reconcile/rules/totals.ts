// Totals over the day rows, in milliseconds; hours are rounded only once, when printed.
import type { DayRow } from './days.ts';

export interface TotalsMs {
  trackedMs: number;
  evidenceMs: number;
  untrackedMs: number;
}

export function totals(rows: readonly DayRow[]): TotalsMs {
  let trackedMs = 0;
  let evidenceMs = 0;
  for (const r of rows) {
    trackedMs += r.trackedMs;
    evidenceMs += r.evidenceMs;
  }
  return { trackedMs, evidenceMs, untrackedMs: evidenceMs - trackedMs };
}
