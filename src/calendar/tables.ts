// Zones as tables of offset changes, worked out when a calendar is read in full and kept in its
// derived index: a query then turns wall times into instants with a binary search, with neither
// Intl (whose first use of a zone costs 15-40 ms of ICU start-up) nor ical.js. A table is exact
// inside [from, until]; outside it the zone falls back to Intl (or ical.js), slower but the same.
import { offsetMinutes } from '../core/time.ts';
import { DAY_MS } from './values.ts';
import type { Transitions, Zone } from './zones.ts';

const WEEK = 7 * DAY_MS;

/**
 * An IANA zone's changes in [from, until], found by asking Intl for its offset once a week (no zone
 * changes twice within a week) and bisecting to the second where two samples differ.
 */
export function ianaTransitions(name: string, from: number, until: number): Transitions {
  const at: number[] = [];
  const offset: number[] = [];
  const before = offsetMinutes(from, name);
  let prev = before;
  let t = from;
  while (t < until) {
    const next = Math.min(t + WEEK, until);
    const o = offsetMinutes(next, name);
    if (o !== prev) {
      let lo = t; // offset prev at lo, o at hi
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetMinutes(mid, name) === prev) lo = mid;
        else hi = mid;
      }
      at.push(hi);
      offset.push(o);
      prev = o;
    }
    t = next;
  }
  return { at, offset, before, from, until };
}

/** The Zone of a table; `outside` converts times the table does not cover (null: none, use the edges). */
export function tableZone(t: Transitions, label: string, outside: (() => Zone) | null): Zone {
  const offsetAt = (instant: number): number => {
    let lo = 0;
    let hi = t.at.length - 1;
    if (hi < 0 || instant < t.at[0]!) return t.before;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t.at[mid]! <= instant) lo = mid;
      else hi = mid - 1;
    }
    return t.offset[lo]!;
  };
  let fallback: Zone | null = null;
  return {
    label,
    toInstant(naive) {
      if (outside && (naive < t.from + 2 * DAY_MS || naive > t.until - 2 * DAY_MS)) return (fallback ??= outside()).toInstant(naive);
      // The offsets a day either side cover any change near this time; a time that both read as
      // their own is an overlap (the earlier instant wins), one that neither does is a gap (read
      // with the offset before the change), as everywhere in tt.
      const early = naive - offsetAt(naive - DAY_MS) * 60_000;
      const later = naive - offsetAt(naive + DAY_MS) * 60_000;
      const fits = (c: number): boolean => naive - offsetAt(c) * 60_000 === c;
      if (fits(early)) return later < early && fits(later) ? later : early;
      return fits(later) ? later : early;
    },
  };
}
