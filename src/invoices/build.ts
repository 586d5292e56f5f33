// An invoice's lines from tracked entries: one line per project and day, an entry counting on the
// day it started (as `tt log` shows it), rounded per line by the client's rule and priced at the
// rate in force that day. Pure: entries, client and zone in, lines out.
import type { Client } from '../core/client.ts';
import type { Entry } from '../core/events.ts';
import { price } from '../core/money.ts';
import { rateOn } from '../core/rates.ts';
import type { DayRange } from '../core/ranges.ts';
import { roundMinutes } from '../core/rounding.ts';
import { addDays, localDate, startOfDay, type DateString } from '../core/time.ts';
import { clientNote, lineDescription } from './line-text.ts';
import type { InvoiceLine } from './model.ts';

export interface Billable {
  /** Finished entries of the client that started in the range. */
  entries: Entry[];
  /** Timers still running in the range: never billed half-way. */
  running: Entry[];
}

/**
 * localDate for many instants in order: asking Intl once per day instead of once per entry makes a
 * year of entries five times quicker (a day is cut at its real start, DST included).
 */
export function dayCutter(tz: string): (instant: number) => DateString {
  let day = '';
  let from = Infinity;
  let to = -Infinity;
  return (t) => {
    if (t < from || t >= to) {
      day = localDate(t, tz);
      from = startOfDay(day, tz);
      to = startOfDay(addDays(day, 1), tz);
    }
    return day;
  };
}

export function billableEntries(entries: readonly Entry[], client: string, range: DayRange, tz: string): Billable {
  const dayOf = dayCutter(tz);
  const inRange = entries.filter((e) => {
    if (e.client !== client) return false;
    const day = dayOf(e.start);
    return day >= range.from && day <= range.to;
  });
  return { entries: inRange.filter((e) => e.end !== null), running: inRange.filter((e) => e.end === null) };
}

export function buildLines(entries: readonly Entry[], client: Client, tz: string): InvoiceLine[] {
  const groups = new Map<string, { day: string; project: string | null; ms: number; notes: string[] }>();
  const dayOf = dayCutter(tz);
  for (const e of entries) {
    if (e.end === null) continue;
    const day = dayOf(e.start);
    const project = e.project ?? null;
    const key = `${day}\u0000${project ?? ''}`;
    const g = groups.get(key) ?? { day, project, ms: 0, notes: [] };
    g.ms += e.end - e.start;
    const note = clientNote(e);
    if (note && !g.notes.includes(note)) g.notes.push(note);
    groups.set(key, g);
  }
  const rule = { incrementMin: client.roundMin, mode: client.roundMode };
  return [...groups.values()]
    .sort((a, b) => a.day.localeCompare(b.day) || (a.project ?? '').localeCompare(b.project ?? ''))
    .map((g) => {
      // Whole seconds first: a line of 1:29:59.999 must not round differently from what `tt log` shows.
      const minutes = roundMinutes(Math.round(g.ms / 1000) / 60, rule);
      const rate = rateOn(client.rates, g.day);
      return {
        date: g.day,
        client: client.name,
        project: g.project,
        hours: round4(minutes / 60),
        trackedHours: round4(g.ms / 3_600_000),
        rate,
        currency: client.currency,
        amount: rate === null ? null : price(minutes / 60, rate, client.currency),
        description: lineDescription(g.notes, g.project),
      };
    });
}

export function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
