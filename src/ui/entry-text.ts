// How an entry is named in messages and listed in tables.
import type { Entry } from '../core/events.ts';
import { formatHM } from '../core/duration.ts';
import { addDays, formatClock, localDate } from '../core/time.ts';

export function label(e: Pick<Entry, 'client' | 'project' | 'tags'>): string {
  const base = e.project ? `${e.client}/${e.project}` : e.client;
  return e.tags.length ? `${base} ${e.tags.map((t) => `+${t}`).join(' ')}` : base;
}

export function span(e: Pick<Entry, 'start' | 'end'>, tz: string, now: number): string {
  const end = e.end ?? now;
  return `${formatClock(e.start, tz)}–${e.end === null ? 'now' : formatClock(e.end, tz)}${hoursBetweenLabel(e.start, end, tz)}  ${formatHM(end - e.start)}`;
}

/** " (+1d)" when an interval ends on a later local day than it starts. */
export function hoursBetweenLabel(start: number, end: number, tz: string): string {
  const a = localDate(start, tz);
  const b = localDate(end, tz);
  if (a === b) return '';
  let days = 0;
  for (let d = a; d < b && days < 1000; d = addDays(d, 1)) days++;
  return ` (+${days}d)`;
}
