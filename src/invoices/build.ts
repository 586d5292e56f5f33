// An invoice's lines from tracked entries: one line per project and day, an entry counting on the
// day it started (as `tt log` shows it), rounded per line by the client's rule and priced at the
// terms in force that day. On a day and project an earlier invoice billed in part, the line is the
// day's rounded total less what was billed for it already, so rounding never counts twice. Each
// line names the entries it bills and how many hours of each. Pure: entries, client, what is
// billed already and the zone in, lines out.
import type { Client } from '../core/client.ts';
import { termsOn } from '../core/client-terms.ts';
import type { Entry } from '../core/events.ts';
import { price } from '../core/money.ts';
import type { DayRange } from '../core/ranges.ts';
import { roundMinutes } from '../core/rounding.ts';
import { addDays, localDate, startOfDay, type DateString } from '../core/time.ts';
import { clientNote, lineDescription } from './line-text.ts';
import { entryHours, unbilledHours, type Coverage } from './coverage.ts';
import { isLegacy, type Invoice, type InvoiceLine } from './model.ts';

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


/** One client, project and day: the unit tt rounds and prices (ARCHITECTURE.md, Conventions). */
export interface Unit {
  date: DateString;
  project: string | null;
  /** Every finished entry of the unit, billed or not. */
  entries: Entry[];
  /** Hours billed for the unit on earlier invoices, and their numbers. */
  billedHours: number;
  billedBy: string[];
  /** The line that bills the rest; null when nothing is left to bill (rounding covered it already). */
  line: InvoiceLine | null;
}

export const round4 = (n: number): number => Math.round(n * 10_000) / 10_000;

/**
 * Hours an earlier invoice billed for each unit, from the lines that bill its entries: a tt line
 * bills one unit; an imported line linked to entries of several units is shared by their hours.
 */
function billedPerUnit(entries: readonly Entry[], cov: Coverage, unitOf: (e: Entry) => string, legacyLines: (inv: Invoice, unit: string) => number): Map<string, { hours: number; by: Set<string> }> {
  const ids = new Map(entries.map((e) => [e.id, e]));
  const out = new Map<string, { hours: number; by: Set<string> }>();
  const add = (unit: string, hours: number, number: string): void => {
    const b = out.get(unit) ?? { hours: 0, by: new Set<string>() };
    b.hours += hours;
    b.by.add(number);
    out.set(unit, b);
  };
  const seen = new Set<InvoiceLine | string>();
  for (const e of entries) {
    for (const billed of cov.get(e.id) ?? []) {
      const inv = billed.invoice;
      if (isLegacy(inv)) {
        const key = `${inv.id}\u0000${unitOf(e)}`;
        if (!seen.has(key)) add(unitOf(e), legacyLines(inv, unitOf(e)), inv.number);
        seen.add(key);
        continue;
      }
      for (const line of inv.lines) {
        if (seen.has(line) || !line.covers?.some((c) => c.entry === e.id)) continue;
        seen.add(line);
        const total = line.covers.reduce((n, c) => n + c.hours, 0);
        for (const c of line.covers) {
          const other = ids.get(c.entry);
          // Entries outside the range asked about: their unit is not being billed now.
          if (other && total > 0) add(unitOf(other), (line.hours * c.hours) / total, inv.number);
        }
      }
    }
  }
  return out;
}

export function billingUnits(entries: readonly Entry[], client: Client, tz: string, cov: Coverage): Unit[] {
  const dayOf = dayCutter(tz);
  const keyOf = new Map<Entry, string>();
  const units = new Map<string, Unit>();
  for (const e of entries) {
    if (e.end === null) continue;
    const date = dayOf(e.start);
    const project = e.project ?? null;
    const key = `${date}\u0000${project ?? ''}`;
    keyOf.set(e, key);
    const u = units.get(key) ?? { date, project, entries: [], billedHours: 0, billedBy: [], line: null };
    u.entries.push(e);
    units.set(key, u);
  }
  const legacyLines = (inv: Invoice, key: string): number => {
    const [date, project] = key.split('\u0000');
    return inv.lines.filter((l) => l.client === client.name && l.date === date && (l.project ?? '') === project).reduce((n, l) => n + l.hours, 0);
  };
  const billed = billedPerUnit([...keyOf.keys()], cov, (e) => keyOf.get(e)!, legacyLines);
  const out = [...units.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return out.map(([key, u]) => {
    const b = billed.get(key);
    u.billedHours = round4(b?.hours ?? 0);
    u.billedBy = [...(b?.by ?? [])].sort();
    u.line = lineFor(u, client, cov);
    return u;
  });
}

function lineFor(u: Unit, client: Client, cov: Coverage): InvoiceLine | null {
  const open = u.entries.map((e) => ({ e, hours: unbilledHours(cov, e) })).filter((x) => x.hours > 0);
  if (!open.length) return null;
  const t = termsOn(client, u.date);
  const rule = { incrementMin: t.roundMin, mode: t.roundMode };
  // Whole seconds first: a line of 1:29:59.999 must not round differently from what `tt log` shows.
  const minutesOf = (hours: number): number => roundMinutes(Math.round(hours * 3600) / 60, rule);
  const minutes = u.billedHours > 0 ? minutesOf(u.entries.reduce((n, e) => n + entryHours(e), 0)) - Math.round(u.billedHours * 60 * 1e4) / 1e4 : minutesOf(open.reduce((n, x) => n + x.hours, 0));
  // On a unit billed in part already, nothing left after rounding means nothing to bill; a unit never
  // billed keeps its line even at 0 h (rounding down), so its entries are billed, at nothing.
  if (u.billedHours > 0 && minutes <= 1e-6) return null;
  const notes: string[] = [];
  for (const { e } of open) {
    const d = clientNote(e);
    if (d && !notes.includes(d)) notes.push(d);
  }
  return {
    date: u.date,
    client: client.name,
    project: u.project,
    hours: round4(minutes / 60),
    trackedHours: round4(open.reduce((n, x) => n + x.hours, 0)),
    rate: t.rate,
    currency: t.currency,
    amount: t.rate === null ? null : price(minutes / 60, t.rate, t.currency),
    description: lineDescription(notes, u.project),
    covers: open.map((x) => {
      const note = clientNote(x.e);
      return { entry: x.e.id, hours: round4(x.hours), ...(note ? { note } : {}) };
    }),
  };
}

/** The lines of units with something left to bill. */
export function buildLines(entries: readonly Entry[], client: Client, tz: string, cov: Coverage = new Map()): InvoiceLine[] {
  return billingUnits(entries, client, tz, cov)
    .map((u) => u.line)
    .filter((l): l is InvoiceLine => l !== null);
}
