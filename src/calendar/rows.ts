// The instances of a calendar worked out when it is read in full, kept in its derived index so a
// query only picks those in its window: every instance of a fixed event (a single event, an
// override on its own), at any time; and every instance of a series within a span around the day
// the index was made, unless the series is too large to list (then it is expanded per query, as
// any series is for a window outside the span). Stored by columns in chunks, in start order.
import { CAP, expand, type Instance } from './expand.ts';
import type { MeetingEvent } from './event.ts';
import type { Budget } from './generate.ts';
import type { Group, Prepared } from './prepare.ts';
import type { Window } from './types.ts';
import { zoneSet } from './zone-set.ts';

export interface Row extends Instance {
  /** From a series: listed only within the span. */
  series: boolean;
}

/** A series listing more instances than this in the span is expanded per query instead. */
const PER_SERIES = 20_000;
const IN_ALL = 400_000;

/** Whether a group's instances are fixed (no rule or RDATE to expand). */
export function fixed(g: Group): boolean {
  return !g.part && (!g.master || (!g.master.rules.length && !g.master.rdates.length));
}

/** The rows of a prepared calendar: fixed groups whole, series within `span`; and the series left to expand. */
export function tabulate(p: Prepared, tz: string, span: Window): { rows: Row[]; residual: string[] } {
  const z = zoneSet(p.zones, tz, p.user);
  const rows: Row[] = [];
  const all: Window = { start: -8.64e15, end: 8.64e15 };
  for (const g of p.groups) if (fixed(g)) for (const i of expand([g], z, all, { left: Infinity }, [])) rows.push({ ...i, series: false });
  // A series' parts (its overrides, split off) are expanded with it.
  const series = new Map<string, Group[]>();
  for (const g of p.groups) {
    if (fixed(g)) continue;
    const list = series.get(g.uid);
    if (list) list.push(g);
    else series.set(g.uid, [g]);
  }
  const residual: string[] = [];
  let left = IN_ALL;
  for (const [uid, groups] of series) {
    const problems: { line: number; message: string }[] = [];
    const budget: Budget = { left: Math.min(CAP, PER_SERIES + 1) };
    const found = expand(groups.map((g) => ({ ...g, from: -Infinity, to: Infinity })), z, span, budget, problems);
    if (problems.length || found.length > PER_SERIES || found.length > left) {
      residual.push(uid);
      continue;
    }
    left -= found.length;
    for (const i of found) rows.push({ ...i, series: true });
  }
  rows.sort((a, b) => a.start - b.start);
  return { rows, residual };
}

/** A chunk of rows by columns, events written once per chunk as tuples (far smaller than objects). */
export interface Chunk {
  start: Float64Array;
  end: Float64Array;
  /** Bit 1: all-day; bit 2: from a series. */
  flags: Uint8Array;
  event: Uint32Array;
  rid: (string | null)[];
  events: [string, string, number, boolean, string | null, string[]][];
}

const STATUS = ['confirmed', 'tentative', 'cancelled'] as const;

export function toChunk(rows: readonly Row[]): Chunk {
  const index = new Map<MeetingEvent, number>();
  const events: Chunk['events'] = [];
  const c: Chunk = { start: new Float64Array(rows.length), end: new Float64Array(rows.length), flags: new Uint8Array(rows.length), event: new Uint32Array(rows.length), rid: [], events };
  rows.forEach((r, i) => {
    let e = index.get(r.event);
    if (e === undefined) {
      e = events.length;
      index.set(r.event, e);
      const ev = r.event;
      // Attendees as "PARTSTAT email" pairs flattened.
      events.push([ev.uid, ev.title, STATUS.indexOf(ev.status), ev.transparent, ev.organizer ?? null, ev.attendees.flatMap((a) => [a.partstat, a.email])]);
    }
    c.start[i] = r.start;
    c.end[i] = r.end;
    c.flags[i] = (r.allDay ? 1 : 0) | (r.series ? 2 : 0);
    c.event[i] = e;
    c.rid.push(r.recurrenceId);
  });
  return c;
}

/** The rows of a chunk that overlap the window (the same rule as expansion's), `series` ones only if asked. */
export function rowsIn(c: Chunk, w: Window, withSeries: boolean, out: Row[]): void {
  let events: (MeetingEvent | undefined)[] | null = null;
  for (let i = 0; i < c.start.length; i++) {
    const start = c.start[i]!;
    const end = c.end[i]!;
    if (start >= w.end) break; // rows are in start order
    const series = (c.flags[i]! & 2) !== 0;
    if (series && !withSeries) continue;
    if (end > start ? end <= w.start : start < w.start) continue;
    events ??= new Array(c.events.length);
    const k = c.event[i]!;
    const ev = (events[k] ??= fromTuple(c.events[k]!));
    out.push({ event: ev, recurrenceId: c.rid[i] ?? null, start, end, allDay: (c.flags[i]! & 1) !== 0, series });
  }
}

function fromTuple([uid, title, status, transparent, organizer, pairs]: Chunk['events'][number]): MeetingEvent {
  const attendees: { email: string; partstat: string }[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) attendees.push({ partstat: pairs[i]!, email: pairs[i + 1]! });
  return { uid, title, status: STATUS[status] ?? 'confirmed', transparent, ...(organizer ? { organizer } : {}), attendees };
}
