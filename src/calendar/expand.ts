// Expands a file's events into the instances that touch a window: series from RRULE and RDATE minus
// EXDATE, with RECURRENCE-ID overrides (moved, cancelled, listed before their master, and
// RANGE=THISANDFUTURE, which re-times every later instance). Only the window is expanded.
import { isoUtc } from '../core/time.ts';
import type { EventData, TimeValue } from './event.ts';
import { generate, type Budget } from './generate.ts';
import { latestVersions } from './versions.ts';
import { DAY_MS } from './values.ts';
import type { Problem, Window } from './types.ts';

export interface Instance {
  event: EventData; // the component whose title, status and attendees apply
  recurrenceId: string | null;
  start: number;
  end: number;
  allDay: boolean;
}

export const CAP = 200_000;
const MARGIN = 2 * DAY_MS; // covers any zone offset (at most 14 h) plus a DST hour

export function expand(events: readonly EventData[], w: Window, budget: Budget, problems: Problem[]): Instance[] {
  const out: Instance[] = [];
  const groups = new Map<string, EventData[]>();
  for (const e of latestVersions(events, problems)) {
    const g = groups.get(e.uid);
    if (g) g.push(e);
    else groups.set(e.uid, [e]);
  }
  const near = (e: EventData): boolean => {
    // Cheap test on naive times before any zone arithmetic: a single event far from the window is dropped.
    const end = e.end ? e.end.naive : e.start.naive + (e.duration ? e.duration.days * DAY_MS + e.duration.ms : 0);
    return e.start.naive <= w.end + MARGIN && Math.max(end, e.start.naive) >= w.start - MARGIN;
  };
  for (const all of groups.values()) {
    const group = all.filter((e) => !e.far);
    if (!group.length) continue;
    if (group.length === 1 && !group[0]!.rule && !group[0]!.rdates.length && !near(group[0]!)) continue;
    const master = group.find((e) => !e.recurrenceId);
    const overrides = group.filter((e) => e.recurrenceId);
    if (master) expandMaster(master, overrides, w, budget, problems, out);
    for (const o of overrides) {
      if (!o.thisAndFuture && !near(o)) continue;
      const start = o.start.zone.toInstant(o.start.naive);
      const end = o.end || o.duration || !master ? endOf(o, o.start.naive, start) : start + lengthOf(master);
      push(out, w, { event: o, recurrenceId: keyText(o.recurrenceId!, master), start, end, allDay: o.start.isDate });
    }
  }
  return out;
}

function expandMaster(m: EventData, overrides: EventData[], w: Window, budget: Budget, problems: Problem[], out: Instance[]): void {
  if (!m.rule && !m.rdates.length) {
    const start = m.start.zone.toInstant(m.start.naive);
    push(out, w, { event: m, recurrenceId: null, start, end: endOf(m, m.start.naive, start), allDay: m.start.isDate });
    return;
  }
  const replaced = new Set(overrides.map((o) => key(o.recurrenceId!, m)));
  const excluded = new Set(m.exdates.map((x) => key(x, m)));
  const future = overrides
    .filter((o) => o.thisAndFuture)
    .map((o) => ({ o, at: key(o.recurrenceId!, m), shift: o.start.zone.toInstant(o.start.naive) - at(o.recurrenceId!, m) }))
    .sort((a, b) => a.at - b.at);
  const maxShift = future.reduce((s, f) => Math.max(s, Math.abs(f.shift)), 0);
  const reach = lengthOf(m) + maxShift + MARGIN;
  const starts: { naive: number; end?: number }[] = [];
  if (m.rule) {
    const until = m.rule.until;
    const untilInstant = until?.utc ? until.naive : null;
    const pastUntil = !until
      ? () => false
      : untilInstant !== null
        ? (n: number) => m.start.zone.toInstant(n) > untilInstant
        : (n: number) => (until.isDate ? n >= until.naive + DAY_MS : n > until.naive);
    const g = generate(m.rule, m.start.naive, { from: w.start - reach, to: w.end + reach, pastUntil, perSeries: CAP, budget });
    if (g.unreadable) problems.push({ line: m.line, message: `"${m.title}": recurrence rule not understood (${g.unreadable}); read as a single event` });
    if (g.capped) {
      const which = g.capped === 'series' ? `this series stopped after ${CAP} iterations` : `this query stopped after ${CAP} iterations in all`;
      problems.push({ line: m.line, message: `"${m.title}": ${which}; later instances are left out (narrow the range)` });
    }
    for (const s of g.starts) starts.push({ naive: s });
  } else {
    starts.push({ naive: m.start.naive });
  }
  for (const r of m.rdates) {
    const begin = r.start.zone.toInstant(r.start.naive);
    const end = r.end ? r.end.zone.toInstant(r.end.naive) : r.duration ? r.start.zone.toInstant(r.start.naive + r.duration.days * DAY_MS) + r.duration.ms : undefined;
    // An RDATE in another zone is placed by its instant, expressed in the master's wall time.
    starts.push({ naive: r.start.zone === m.start.zone ? r.start.naive : m.start.naive + (begin - m.start.zone.toInstant(m.start.naive)), end });
  }
  const seen = new Set<number>();
  for (const s of starts) {
    const start = m.start.zone.toInstant(s.naive);
    const k = m.start.isDate ? s.naive : start;
    if (seen.has(k) || replaced.has(k) || excluded.has(k) || (!m.start.isDate && excluded.has(dayOf(s.naive)))) continue;
    seen.add(k);
    const f = lastBefore(future, k);
    const instance: Instance = { event: m, recurrenceId: m.start.isDate ? dateText(s.naive) : isoUtc(start), start, end: s.end ?? endOf(m, s.naive, start), allDay: m.start.isDate };
    if (f) {
      const o = f.o;
      instance.event = o;
      instance.start = start + f.shift;
      instance.end = instance.start + lengthOf(o);
    }
    push(out, w, instance);
  }
}

function lastBefore<T extends { at: number }>(sorted: T[], k: number): T | undefined {
  let found: T | undefined;
  for (const f of sorted) if (f.at < k) found = f;
  return found;
}

function push(out: Instance[], w: Window, i: Instance): void {
  if (i.end < i.start) i.end = i.start;
  const overlaps = i.end > i.start ? i.start < w.end && i.end > w.start : i.start >= w.start && i.start < w.end;
  if (overlaps) out.push(i);
}

/** End instant of an instance starting at `naive`: DTEND keeps its wall-clock distance in the same zone. */
export function endOf(e: EventData, naive: number, start: number): number {
  if (e.end) {
    if (e.end.zone === e.start.zone) return e.start.zone.toInstant(naive + (e.end.naive - e.start.naive));
    return start + (e.end.zone.toInstant(e.end.naive) - e.start.zone.toInstant(e.start.naive));
  }
  const d = e.duration ?? { days: 0, ms: 0 };
  return e.start.zone.toInstant(naive + d.days * DAY_MS) + d.ms;
}

function lengthOf(e: EventData): number {
  return Math.max(0, endOf(e, e.start.naive, e.start.zone.toInstant(e.start.naive)) - e.start.zone.toInstant(e.start.naive));
}

/** The identity of an occurrence: its instant, or for all-day series its naive date. */
function key(v: TimeValue, m: EventData): number {
  if (m.start.isDate) return dayOf(v.naive);
  return v.isDate ? dayOf(v.naive) : at(v, m);
}

/** A RECURRENCE-ID without a TZID is read in the master's zone. */
function at(v: TimeValue, m: EventData | undefined): number {
  return (v.floating && m ? m.start.zone : v.zone).toInstant(v.naive);
}

function keyText(v: TimeValue, m: EventData | undefined): string {
  return v.isDate ? dateText(v.naive) : isoUtc(at(v, m));
}

function dayOf(naive: number): number {
  return Math.floor(naive / DAY_MS) * DAY_MS;
}

function dateText(naive: number): string {
  return new Date(naive).toISOString().slice(0, 10);
}
