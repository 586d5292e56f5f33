// Toggl, Harvest and Clockify rows (read by the invoice importers' parsers, src/invoices)
// into source records. Wall-clock times have no zone in these files: they are read in `tz`, by the
// invoice side's rowInterval. Rows with a day and a duration but no start (Harvest) are laid end to
// end from 09:00 on their day, in file order, so each day keeps its total without overlapping itself.
import { createHash } from 'node:crypto';
import { parseDateString, wallToInstant } from '../core/time.ts';
import { rowInterval } from '../invoices/row-interval.ts';
import type { TimeRow } from '../invoices/rows.ts';
import type { SourceRecord } from './types.ts';

export const PLACE_FROM_HOUR = 9;

/** A key from the row's content: CSV exports carry no record ids, so the same row gives the same key. */
function contentKey(format: string, r: TimeRow): string {
  const fields = [r.date, r.startTime, r.endDate, r.endTime, r.hours, r.client, r.project, r.task, r.description, r.user, r.tags];
  return `${format}:${createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 20)}`;
}

export function rowsToRecords(format: string, rows: readonly TimeRow[], tz: string): SourceRecord[] {
  const cursor = new Map<string, number>();
  const repeats = new Map<string, number>();
  return rows.map((r) => {
    let span = rowInterval(r, tz);
    if (!span) {
      // The parsers give every Toggl, Harvest and Clockify row a day; each person's day is laid out alone.
      const day = r.date ?? '1970-01-01';
      const slot = `${r.user ?? ''}\n${day}`;
      const start = cursor.get(slot) ?? wallToInstant({ ...parseDateString(day)!, hour: PLACE_FROM_HOUR, minute: 0, second: 0 }, tz);
      span = { start, end: start + Math.round(r.hours * 3600_000) };
      cursor.set(slot, span.end);
    }
    // Two identical rows are two records (the same hour logged twice is possible): number repeats.
    const key = contentKey(format, r);
    const n = (repeats.get(key) ?? 0) + 1;
    repeats.set(key, n);
    return {
      origin: n === 1 ? key : `${key}#${n}`,
      where: `line ${r.line}`,
      start: span.start,
      end: span.end,
      client: r.client,
      project: r.project,
      tags: r.tags,
      note: r.description ?? r.task,
      user: r.user,
    };
  });
}

/** The people whose time a file holds, with their row counts, most rows first. */
export function usersOf(rows: readonly TimeRow[]): { user: string; rows: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.user) counts.set(r.user, (counts.get(r.user) ?? 0) + 1);
  return [...counts].map(([user, n]) => ({ user, rows: n })).sort((a, b) => b.rows - a.rows || a.user.localeCompare(b.user));
}
