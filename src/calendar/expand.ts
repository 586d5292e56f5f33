// Expands a calendar's groups (one UID: its series and overrides) into the instances that touch a
// window: the union of every RRULE and RDATE less the EXDATEs, with RECURRENCE-ID overrides (moved,
// cancelled, listed before their master, and RANGE=THISANDFUTURE, which re-times every later
// instance). Only the window is expanded. Every instance is placed by its instant: a rule's in the
// series' own zone, an RDATE's in its own.
import { isoUtc } from '../core/time.ts';
import type { EventData, MeetingEvent, TimeValue } from './event.ts';
import { generate, type Budget } from './generate.ts';
import type { Group } from './prepare.ts';
import { DAY_MS } from './values.ts';
import { instantOf, type ZoneSet } from './zone-set.ts';
import type { Zone } from './zones.ts';
import type { Problem, Window } from './types.ts';

export interface Instance {
  event: MeetingEvent; // the component whose title, status and attendees apply
  recurrenceId: string | null;
  start: number;
  end: number;
  allDay: boolean;
}

export const CAP = 200_000;
/** Covers any zone offset (at most a day) between a naive time and its instant, plus a DST hour. */
export const MARGIN = 2 * DAY_MS;

/** Whether any instance of the group can touch the window (its bounds are naive times). */
export function groupNear(g: Pick<Group, 'from' | 'to'>, w: Window): boolean {
  return g.from <= w.end + MARGIN && g.to >= w.start - MARGIN;
}

export function expand(groups: readonly Group[], zones: ZoneSet, w: Window, budget: Budget, problems: Problem[]): Instance[] {
  const out: Instance[] = [];
  for (const g of joinParts(groups.filter((g) => groupNear(g, w)))) expandGroup(g, zones, w, budget, problems, out);
  return out;
}

/** Overrides split off their series (prepare.ts) joined back to it, by UID. */
function joinParts(near: readonly Group[]): Group[] {
  if (!near.some((g) => g.part)) return near as Group[];
  const whole = new Map<string, Group>();
  const out: Group[] = [];
  for (const g of near) {
    if (g.part) continue;
    const copy = { ...g, overrides: [...g.overrides] };
    whole.set(g.uid, copy);
    out.push(copy);
  }
  for (const g of near) {
    if (!g.part) continue;
    const to = whole.get(g.uid);
    if (to) to.overrides.push(...g.overrides);
    else out.push(g); // its series is far from this window: the override alone, at its own time
  }
  return out;
}

function expandGroup(g: Group, z: ZoneSet, w: Window, budget: Budget, problems: Problem[], out: Instance[]): void {
  const master = g.master;
  if (master) expandMaster(master, g.overrides, z, w, budget, problems, out);
  for (const o of g.overrides) {
    const start = instantOf(o.start, z);
    const end = o.end || o.duration || !master ? endOf(o, o.start, start, z) : start + lengthOf(master, z);
    push(out, w, { event: o, recurrenceId: keyText(o.recurrenceId!, master, z), start, end, allDay: o.start.kind === 'date' });
  }
}

/** One occurrence before overrides: its start as written (for nominal lengths) and as an instant. */
interface Candidate {
  value: TimeValue;
  instant: number;
  /** An RDATE PERIOD's own end. */
  end?: number;
}

function expandMaster(m: EventData, overrides: EventData[], z: ZoneSet, w: Window, budget: Budget, problems: Problem[], out: Instance[]): void {
  const allDaySeries = m.start.kind === 'date';
  const startInstant = instantOf(m.start, z);
  if (!m.rules.length && !m.rdates.length) {
    push(out, w, { event: m, recurrenceId: null, start: startInstant, end: endOf(m, m.start, startInstant, z), allDay: allDaySeries });
    return;
  }
  const future = overrides
    .filter((o) => o.thisAndFuture)
    .map((o) => ({ o, at: key(o.recurrenceId!, m, z), shift: instantOf(o.start, z) - at(o.recurrenceId!, m, z) }))
    .sort((a, b) => a.at - b.at);
  const maxShift = future.reduce((s, f) => Math.max(s, Math.abs(f.shift)), 0);
  const reach = Math.abs(lengthOf(m, z)) + maxShift + MARGIN;
  // Only RECURRENCE-IDs and EXDATEs near the window can remove one of its instances; a naive time is
  // within a day of its instant, so the rest are passed over without zone arithmetic.
  const near = (v: TimeValue): boolean => v.naive >= w.start - reach - DAY_MS && v.naive <= w.end + reach + DAY_MS;
  const replaced = new Set(overrides.filter((o) => near(o.recurrenceId!)).map((o) => key(o.recurrenceId!, m, z)));
  const exInstants = new Set<number>();
  const exDays = new Set<number>();
  for (const x of m.exdates) {
    if (!near(x)) continue;
    if (allDaySeries || x.kind === 'date') exDays.add(dayOf(x.naive));
    else exInstants.add(at(x, m, z));
  }
  const zone = z.of(m.start);

  // An RDATE PERIOD comes first: where it starts at an instance of the rules (or at DTSTART), its
  // own length wins.
  const candidates: Candidate[] = [];
  for (const r of m.rdates) {
    const instant = instantOf(r.start, z);
    if (instant < w.start - reach || instant > w.end + reach) continue;
    const end = r.end ? instantOf(r.end, z) : r.duration ? z.of(r.start).toInstant(r.start.naive + r.duration.days * DAY_MS) + r.duration.ms : undefined;
    candidates.push({ value: r.start, instant, end });
  }
  candidates.sort((a, b) => Number(b.end !== undefined) - Number(a.end !== undefined));
  if (!m.rules.length) candidates.push({ value: m.start, instant: startInstant });
  for (const rule of m.rules) {
    const until = rule.until;
    const untilInstant = until?.utc ? until.naive : null;
    const pastUntil = !until
      ? () => false
      : untilInstant !== null
        ? (n: number) => zone.toInstant(n) > untilInstant
        : (n: number) => (until.isDate ? n >= until.naive + DAY_MS : n > until.naive);
    const g = generate(rule, m.start.naive, { from: w.start - reach, to: w.end + reach, pastUntil, perSeries: CAP, budget });
    if (g.capped) {
      const which = g.capped === 'series' ? `this series stopped after ${CAP} iterations` : `this query stopped after ${CAP} iterations in all`;
      problems.push({ line: m.line, message: `"${m.title}": ${which}; later instances are left out (narrow the range)` });
    }
    for (const naive of g.starts) candidates.push({ value: { naive, kind: m.start.kind, zone: m.start.zone }, instant: zone.toInstant(naive) });
  }

  const seen = new Set<number>();
  for (const c of candidates) {
    const allDay = c.value.kind === 'date';
    const k = allDaySeries ? dayOf(c.value.naive) : c.instant;
    if (seen.has(k) || replaced.has(k) || exInstants.has(c.instant) || exDays.has(dayOf(c.value.naive))) continue;
    seen.add(k);
    const f = lastBefore(future, k);
    const instance: Instance = {
      event: m,
      recurrenceId: allDaySeries ? dateText(c.value.naive) : isoUtc(c.instant),
      start: c.instant,
      end: c.end ?? (allDay && !allDaySeries ? z.user.toInstant(c.value.naive + DAY_MS) : endOf(m, c.value, c.instant, z)),
      allDay,
    };
    if (f) {
      instance.event = f.o;
      instance.start = c.instant + f.shift;
      instance.end = instance.start + lengthOf(f.o, z);
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
  // DTEND before DTSTART: the two are swapped (the reader warned about it).
  if (i.end < i.start) [i.start, i.end] = [i.end, i.start];
  const overlaps = i.end > i.start ? i.start < w.end && i.end > w.start : i.start >= w.start && i.start < w.end;
  if (overlaps) out.push(i);
}

/**
 * End instant of an instance starting at `value` (`start` as an instant). DTEND gives every
 * instance the exact duration DTEND - DTSTART (RFC 5545 3.8.5.3: an 8-hour night shift stays 8
 * hours across a DST change); between two DATE values the days are nominal. DURATION's days are
 * nominal and its time exact (RFC 5545 3.3.6), in the instance's own zone.
 */
export function endOf(e: EventData, value: TimeValue, start: number, z: ZoneSet): number {
  if (e.end) {
    if (e.end.kind === 'date' && e.start.kind === 'date') return z.of(value).toInstant(value.naive + (e.end.naive - e.start.naive));
    return start + (instantOf(e.end, z) - instantOf(e.start, z));
  }
  const d = e.duration ?? { days: 0, ms: 0 };
  return z.of(value).toInstant(value.naive + d.days * DAY_MS) + d.ms;
}

/** An event's own length (negative when it ends before it starts). */
export function lengthOf(e: EventData, z: ZoneSet): number {
  const start = instantOf(e.start, z);
  return endOf(e, e.start, start, z) - start;
}

/** The identity of an occurrence: its instant, or for all-day series (and DATE values) its naive date. */
function key(v: TimeValue, m: EventData, z: ZoneSet): number {
  if (m.start.kind === 'date' || v.kind === 'date') return dayOf(v.naive);
  return at(v, m, z);
}

/** A RECURRENCE-ID or EXDATE without a TZID is read in the master's zone. */
function at(v: TimeValue, m: EventData | null, z: ZoneSet): number {
  const zone: Zone = v.kind === 'floating' && m ? z.of(m.start) : z.of(v);
  return zone.toInstant(v.naive);
}

function keyText(v: TimeValue, m: EventData | null, z: ZoneSet): string {
  return v.kind === 'date' ? dateText(v.naive) : isoUtc(at(v, m, z));
}

function dayOf(naive: number): number {
  return Math.floor(naive / DAY_MS) * DAY_MS;
}

function dateText(naive: number): string {
  return new Date(naive).toISOString().slice(0, 10);
}
