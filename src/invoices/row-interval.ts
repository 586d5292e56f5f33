// The instants a time row covers, for importers that turn rows into tracked entries (issue 8's
// `tt import toggl|harvest|clockify`): wall-clock times in the user's zone become UTC instants.
import { wallToInstant } from '../core/time.ts';
import type { TimeRow } from './rows.ts';

function instant(date: string, clock: string, tz: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = clock.split(':').map(Number) as [number, number, number];
  return wallToInstant({ year, month, day, hour, minute, second }, tz);
}

/**
 * Start and end of a row in `tz`, or null when the file gives no start time (Harvest): then only
 * the day and the hours are known. The end is the file's end time where there is one, else
 * start + hours.
 */
export function rowInterval(row: TimeRow, tz: string): { start: number; end: number } | null {
  if (row.date === null || row.startTime === null) return null;
  const start = instant(row.date, row.startTime, tz);
  const end = row.endTime !== null ? instant(row.endDate ?? row.date, row.endTime, tz) : start + Math.round(row.hours * 3600_000);
  return { start, end: Math.max(start, end) };
}
