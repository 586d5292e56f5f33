// A read calendar made ready for queries, once per file (the derived index keeps the result): the
// newest copy of every event, events grouped by UID, each group with the naive bounds its instances
// lie in, VTIMEZONEs worked out into tables, and every check that depends only on the file done
// here, so its warnings are known at import (and shown once) rather than at every query:
// - an event (or an RDATE PERIOD) longer than MAX_DAYS is skipped: no calendar can make a command
//   fail, or count a meeting of a hundred years;
// - an event that ends before it starts is read with the two swapped;
// - a rule ical.js cannot read is left out;
// - an override that changes "this and future" instances of a series not in the file is read as a
//   series of its own from there on.
import { generate } from './generate.ts';
import { named, type EventData } from './event.ts';
import { ical, loadIcal } from './ical.ts';
import type { CalendarFile } from './read.ts';
import { latestVersions } from './versions.ts';
import { transitions } from './vtimezone.ts';
import { instantOf, zoneSet, type ZoneSet } from './zone-set.ts';
import { lengthOf } from './expand.ts';
import { DAY_MS, inRange } from './values.ts';
import { ianaTransitions } from './tables.ts';
import type { Transitions, ZoneSpec } from './zones.ts';
import type { Problem } from './types.ts';

/** One UID: its series (or single event) and its overrides. */
export interface Group {
  uid: string;
  /** The event without RECURRENCE-ID; null when the file holds only overrides. */
  master: EventData | null;
  overrides: EventData[];
  /** Naive bounds: every instance starts and ends within [from, to] (to may be Infinity). */
  from: number;
  to: number;
  /** A rule of this group is iterated by ical.js: load it before expanding. */
  ical: boolean;
  /**
   * Set on a part split off a group: one override of a single instance, with bounds of its own, so
   * a query far from it never reads it. A query joins the parts near it to their group by UID.
   */
  part?: boolean;
}

export interface Prepared {
  groups: Group[];
  zones: ZoneSpec[];
  /** The user's zone as a table over the calendar's years (null: UTC, or no events). */
  user: Transitions | null;
  /** Everything found while reading, by line. */
  problems: Problem[];
  title?: string;
  componentCount: number;
}

export const MAX_DAYS = 366;
const MAX_MS = MAX_DAYS * DAY_MS;
/** A COUNT series longer than this is treated as unbounded for its bounds (it is still expanded exactly). */
const BOUND_STEPS = 10_000;

/**
 * `tables`: work out zone tables (for a calendar kept with its index); a file read for one query
 * does without, since working them out costs more than the few conversions one query makes.
 */
export async function prepare(cal: CalendarFile, userTz: string, tables = true): Promise<Prepared> {
  const problems = [...cal.problems];
  const live = cal.events.filter((e) => !e.far);
  if (cal.zones.some((s) => s.kind === 'vtimezone' && !s.table) || live.some((e) => e.rules.some((r) => !r.simple))) await loadIcal();
  for (const s of cal.zones) if (s.kind === 'vtimezone' && !s.table) s.table = transitions(s.text);
  const z = zoneSet(cal.zones, userTz);
  for (const e of live) e.rules = e.rules.filter((r) => readable(e, r.simple, r.text, problems));

  const byUid = new Map<string, EventData[]>();
  for (const e of latestVersions(cal.events, problems)) {
    if (e.far || !checkLengths(e, z, problems)) continue;
    const list = byUid.get(e.uid);
    if (list) list.push(e);
    else byUid.set(e.uid, [e]);
  }
  const groups: Group[] = [];
  for (const [uid, events] of byUid) {
    let master = events.find((e) => !e.recurrenceId) ?? null;
    let overrides = events.filter((e) => e.recurrenceId);
    if (!master) {
      for (const o of overrides.filter((e) => e.thisAndFuture)) {
        const how = o.rules.length || o.rdates.length ? 'read as a series from this override on' : 'read as a single event';
        problems.push({ line: o.line, message: `${named(o)}: changes this and later instances of a series that is not in the file; ${how}` });
      }
      const orphan = overrides.filter((o) => o.thisAndFuture && (o.rules.length || o.rdates.length)).sort((a, b) => a.start.naive - b.start.naive)[0];
      if (orphan) {
        master = orphan;
        overrides = overrides.filter((o) => o !== orphan);
      }
    }
    groups.push(...split({ uid, master, overrides, ...bounds(master, overrides, z), ical: Boolean(master?.rules.some((r) => !r.simple)) }, z));
  }
  problems.sort((a, b) => a.line - b.line);
  // Every zone as a table over the years the calendar's instances lie in, so a query needs no Intl.
  const span = tables ? tableSpan(groups) : null;
  let user: Transitions | null = null;
  if (span) {
    for (const s of cal.zones) if (s.kind === 'iana' && s.name !== 'UTC' && s.name !== 'Etc/UTC' && !s.table) s.table = ianaTransitions(s.name, span.from, span.until);
    if (userTz !== 'UTC' && userTz !== 'Etc/UTC') user = ianaTransitions(userTz, span.from, span.until);
  }
  return { groups, zones: cal.zones, user, problems, title: cal.title, componentCount: cal.componentCount };
}

const TABLE_FIRST = Date.UTC(1970, 0, 1);
const TABLE_LAST = Date.UTC(2100, 0, 1);
/** An open-ended series is tabled this far past the calendar's last dated instance; later queries ask Intl. */
const OPEN_YEARS = 5 * 365 * DAY_MS;

/** The years a calendar's instances lie in, as instants (a naive time is within a day of its instant). */
function tableSpan(groups: readonly Group[]): { from: number; until: number } | null {
  let from = Infinity;
  let until = -Infinity;
  let open = false;
  for (const g of groups) {
    from = Math.min(from, g.from);
    if (Number.isFinite(g.to)) until = Math.max(until, g.to);
    else {
      open = true;
      until = Math.max(until, g.from);
    }
  }
  if (!Number.isFinite(from) || !Number.isFinite(until)) return null;
  const span = { from: Math.max(TABLE_FIRST, from - 7 * DAY_MS), until: Math.min(TABLE_LAST, until + 7 * DAY_MS + (open ? OPEN_YEARS : 0)) };
  return span.from < span.until ? span : null;
}

function readable(e: EventData, simple: boolean, text: string, problems: Problem[]): boolean {
  if (simple) return true;
  try {
    ical().Recur.fromString(text);
    return true;
  } catch (err) {
    problems.push({ line: e.line, message: `${named(e)}: recurrence rule not understood (${(err as Error).message}); this rule was left out` });
    return false;
  }
}

/** False when the event is too long to read; drops RDATE PERIODs that are. Warns about ends before starts. */
function checkLengths(e: EventData, z: ZoneSet, problems: Problem[]): boolean {
  const nominal = e.duration ? e.duration.days * DAY_MS + e.duration.ms : e.end ? e.end.naive - e.start.naive : 0;
  if (!Number.isFinite(nominal) || Math.abs(nominal) > MAX_MS + 2 * DAY_MS || !inRange(e.start.naive + nominal)) {
    problems.push({ line: e.line, message: `${named(e)}: event skipped: it would last more than ${MAX_DAYS} days, too long for a meeting` });
    return false;
  }
  const length = lengthOf(e, z);
  if (Math.abs(length) > MAX_MS) {
    problems.push({ line: e.line, message: `${named(e)}: event skipped: it would last more than ${MAX_DAYS} days, too long for a meeting` });
    return false;
  }
  if (length < 0) problems.push({ line: e.line, message: `${named(e)}: it ends before it starts; read with start and end swapped` });
  e.rdates = e.rdates.filter((r) => {
    if (!r.end && !r.duration) return true;
    const span = r.duration ? r.duration.days * DAY_MS + r.duration.ms : r.end!.naive - r.start.naive;
    if (!Number.isFinite(span) || Math.abs(span) > MAX_MS) {
      problems.push({ line: r.line, message: `${named(e)}: an RDATE period would last more than ${MAX_DAYS} days; it was left out` });
      return false;
    }
    if (span < 0) problems.push({ line: r.line, message: `${named(e)}: an RDATE period ends before it starts; read with start and end swapped` });
    return true;
  });
  return true;
}

/**
 * A series' overrides of single instances become parts of their own: a weekly meeting moved forty
 * times in a year then costs a week's query the overrides of that week, not all forty. An override
 * matters to a query near its own time or near the instance it replaces (its RECURRENCE-ID), so
 * its part's bounds cover both, widened by the longest instance of the group. THISANDFUTURE
 * overrides change every later instance and stay with the series.
 */
function split(g: Group, z: ZoneSet): Group[] {
  if (!g.master || !g.master.rules.length && !g.master.rdates.length) return [g];
  const alone = g.overrides.filter((o) => !o.thisAndFuture && o.recurrenceId);
  if (!alone.length) return [g];
  const length = Math.max(Math.abs(lengthOf(g.master, z)), ...g.overrides.map((o) => Math.abs(lengthOf(o, z))));
  const widen = length + DAY_MS;
  const parts: Group[] = alone.map((o) => ({
    uid: g.uid,
    master: null,
    overrides: [o],
    from: Math.min(o.start.naive, o.recurrenceId!.naive) - widen,
    to: Math.max(o.start.naive, o.recurrenceId!.naive) + widen,
    ical: false,
    part: true,
  }));
  const rest = g.overrides.filter((o) => !alone.includes(o));
  return [{ ...g, overrides: rest, ...bounds(g.master, rest, z) }, ...parts];
}

/**
 * Naive bounds of every instance of a group. A naive time is within a day of its instant, which the
 * query's margin covers; shifts by THISANDFUTURE overrides and lengths widen the bounds.
 */
function bounds(master: EventData | null, overrides: readonly EventData[], z: ZoneSet): { from: number; to: number } {
  const points: number[] = [];
  let length = 0;
  let shift = 0;
  let to = -Infinity;
  for (const e of [...(master ? [master] : []), ...overrides]) {
    points.push(e.start.naive);
    if (e.recurrenceId) points.push(e.recurrenceId.naive);
    length = Math.max(length, Math.abs(lengthOf(e, z)));
    for (const r of e.rdates) {
      points.push(r.start.naive);
      if (r.end) points.push(r.end.naive);
      if (r.duration) length = Math.max(length, Math.abs(r.duration.days * DAY_MS + r.duration.ms));
    }
    if (e.thisAndFuture && e.recurrenceId && master) shift = Math.max(shift, Math.abs(instantOf(e.start, z) - instantOf(e.recurrenceId, z)));
  }
  for (const r of master?.rules ?? []) {
    if (r.until) points.push(r.until.naive + DAY_MS);
    else if (r.count !== null) {
      const g = generate(r, master!.start.naive, { from: -Infinity, to: Infinity, pastUntil: () => false, perSeries: BOUND_STEPS, budget: { left: BOUND_STEPS } });
      if (g.capped) to = Infinity;
      else points.push(g.starts[g.starts.length - 1] ?? master!.start.naive);
    } else to = Infinity;
  }
  const widen = length + shift + DAY_MS;
  return { from: Math.min(...points) - widen, to: Math.max(to, Math.max(...points) + widen) };
}
