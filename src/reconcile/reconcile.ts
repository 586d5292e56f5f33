// Runs the rules over collected evidence: sessions and presence from activity, then attribution,
// conflicts, untracked gaps and day-cutting. Pure: the same evidence always gives the same result.
import type { DayRange } from '../core/ranges.ts';
import { rangeInstants } from '../core/ranges.ts';
import { attribute } from './rules/attribution.ts';
import { conflicts as findConflicts } from './rules/conflicts.ts';
import { cutDays, dayBounds, type DayRow } from './rules/days.ts';
import { untrackedGaps, type Gap } from './rules/gaps.ts';
import { buildPresence } from './rules/presence.ts';
import { buildSessions } from './rules/sessions.ts';
import { sweep } from './rules/sweep.ts';
import { totals, type TotalsMs } from './rules/totals.ts';
import type { Conflict, Interval, Point, PresenceRecord } from './rules/types.ts';

export interface Settings {
  gapMs: number;
  leadInMs: number;
  idleMs: number;
}

export interface TrackedSpan {
  start: number;
  end: number;
  client: string;
}

export interface MeetingSpan {
  start: number;
  end: number;
  client: string | null;
  title: string;
  calendar?: string;
}

export interface Evidence {
  points: Point[];
  presence: PresenceRecord[];
  tracked: TrackedSpan[];
  meetings: MeetingSpan[];
}

export interface Result {
  range: DayRange;
  tz: string;
  days: DayRow[];
  gaps: Gap[];
  conflicts: Conflict[];
  unassigned: Interval[];
  totals: TotalsMs;
}

export interface Options {
  range: DayRange;
  tz: string;
  now: number;
  settings: Settings;
  client?: string | null; // only this client's days, gaps and conflicts
}

/** Evidence as intervals of every kind, clipped to [start, end). */
export function evidenceIntervals(ev: Evidence, s: Settings, start: number, end: number): Interval[] {
  const all: Interval[] = [
    ...ev.tracked.map((t): Interval => ({ start: t.start, end: t.end, client: t.client, kind: 'tracked', level: 'tracked' })),
    ...ev.meetings.map((m): Interval => ({ start: m.start, end: m.end, client: m.client, kind: 'meeting', level: 'meeting', title: m.title, calendar: m.calendar })),
    ...buildSessions(ev.points, s),
    ...buildPresence(ev.presence, s.idleMs),
  ];
  const out: Interval[] = [];
  for (const iv of all) {
    const a = Math.max(iv.start, start);
    const b = Math.min(iv.end, end);
    if (b > a) out.push(a === iv.start && b === iv.end ? iv : { ...iv, start: a, end: b });
  }
  return out;
}

export function reconcile(ev: Evidence, o: Options): Result {
  const window = rangeInstants(o.range, o.tz);
  // Evidence after now (a meeting later today) is not work done yet.
  const intervals = evidenceIntervals(ev, o.settings, window.start, Math.min(window.end, o.now));
  const assigned = intervals.filter((i) => i.client !== null);
  const slices = sweep(assigned);
  const owned = attribute(assigned, slices);
  const only = o.client ?? null;
  const days = cutDays(owned, dayBounds(o.range.from, o.range.to, o.tz)).filter((r) => !only || r.client === only);
  return {
    range: o.range,
    tz: o.tz,
    days,
    gaps: untrackedGaps(owned, assigned).filter((g) => !only || g.client === only),
    conflicts: findConflicts(assigned, slices).filter((c) => !only || c.clients.includes(only)),
    unassigned: intervals.filter((i) => i.client === null).sort((a, b) => a.start - b.start || a.end - b.end),
    totals: totals(days),
  };
}
