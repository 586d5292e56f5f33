// Day-cutting: days are cut at local midnight in the user's zone, so a day across a DST change has 23
// or 25 hours, and time that runs past midnight is split between its days.
import { addDays, eachDay, localParts, startOfDay, type DateString } from '../../core/time.ts';
import type { Owned } from './types.ts';
import { compareNames } from '../../core/name-order.ts';

export interface DayBounds {
  date: DateString;
  start: number;
  end: number; // the next day's start
}

export function dayBounds(from: DateString, to: DateString, tz: string): DayBounds[] {
  const out: DayBounds[] = [];
  let start = startOfDay(from, tz);
  for (const date of eachDay(from, to)) {
    const next = addDays(date, 1);
    const end = nextMidnight(start, next, tz);
    out.push({ date, start, end });
    start = end;
  }
  return out;
}

/**
 * The start of `next`, the day after the one starting at `start`. Most days are 24 hours, so that is
 * tried first and checked with one lookup; a DST day (or a zone that changes offset) asks startOfDay,
 * which searches. Over a year this is one Intl lookup a day instead of eight.
 */
function nextMidnight(start: number, next: DateString, tz: string): number {
  const guess = start + 86_400_000;
  const p = localParts(guess, tz);
  const date = `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  if (date === next && p.hour === 0 && p.minute === 0 && p.second === 0) return guess;
  return startOfDay(next, tz);
}

export interface DayRow {
  date: DateString;
  client: string;
  trackedMs: number;
  evidenceMs: number; // every attributed level, tracked included
}

/** Per day and client: tracked and evidence time. Rows come by day, then client name. */
export function cutDays(owned: readonly Owned[], days: readonly DayBounds[]): DayRow[] {
  const rows = new Map<string, DayRow>();
  const sorted = [...owned].sort((a, b) => a.start - b.start);
  let first = 0; // owned time is disjoint, so days before the current segment are done with
  for (const o of sorted) {
    while (first < days.length && days[first]!.end <= o.start) first++;
    for (let d = first; d < days.length && days[d]!.start < o.end; d++) {
      const day = days[d]!;
      const ms = Math.min(o.end, day.end) - Math.max(o.start, day.start);
      if (ms <= 0) continue;
      const key = `${day.date}\u0000${o.client}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { date: day.date, client: o.client, trackedMs: 0, evidenceMs: 0 }));
      row.evidenceMs += ms;
      if (o.level === 'tracked') row.trackedMs += ms;
    }
  }
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : compareNames(a.client, b.client)));
}
