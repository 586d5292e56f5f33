// A VEVENT read into plain data: times with their kind and zone, the rules, EXDATE/RDATE lists, the
// RECURRENCE-ID, status and attendees. Anything unreadable is reported with its line; an event
// without a readable DTSTART is skipped, a bad RRULE is left out (the event keeps its other rules).
// Everything here is plain data (zones are indexes into the calendar's list of zone specs), so a
// calendar's parsed form can be kept in the derived index and read back without parsing the file.
import { hasAny, peek, pick } from './tree.ts';
import { readRule, type Rule } from './rule.ts';
import { parseDateValue, parseDuration, parsePeriod, unescapeText, type Duration } from './values.ts';
import { offsetMinutes } from '../core/time.ts';
import type { Component, Problem, Prop } from './types.ts';

/**
 * What a value is, told by its type and never by the zone it ends up in (a user whose zone is UTC
 * has floating and DATE values read in UTC, and they are still not UTC values):
 * - date: VALUE=DATE, an all-day value, read in the user's zone;
 * - floating: a DATE-TIME without Z or TZID, read in the user's zone (a RECURRENCE-ID or EXDATE:
 *   in its master's zone);
 * - utc: a DATE-TIME ending in Z;
 * - zoned: a DATE-TIME with a TZID, `zone` indexing the calendar's zone specs.
 */
export type ValueKind = 'date' | 'floating' | 'utc' | 'zoned';

export interface TimeValue {
  naive: number;
  kind: ValueKind;
  /** For `zoned` values: the index of its zone in the calendar's list; -1 otherwise. */
  zone: number;
}

export interface Attendee {
  email: string;
  partstat: string;
}

export interface Rdate {
  start: TimeValue;
  end?: TimeValue;
  duration?: Duration;
  line: number;
}

export interface EventData {
  uid: string;
  line: number;
  sequence: number;
  stamp: string;
  title: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  transparent: boolean;
  start: TimeValue;
  end: TimeValue | null;
  duration: Duration | null;
  /** Every RRULE: RFC 5545 makes the set their union, with the RDATEs, less the EXDATEs. */
  rules: Rule[];
  rdates: Rdate[];
  exdates: TimeValue[];
  recurrenceId: TimeValue | null;
  thisAndFuture: boolean;
  organizer?: string;
  attendees: Attendee[];
  /** A single event far from the window asked about: read only far enough to take part in deduplication. */
  far?: boolean;
  /** The RECURRENCE-ID of a far override, as written. */
  farRid?: string | null;
}

/** What a meeting needs of its event (all a derived index keeps of an instance's event). */
export type MeetingEvent = Pick<EventData, 'uid' | 'title' | 'status' | 'transparent' | 'organizer' | 'attendees'>;

/** Naive bounds [start, end] of the window asked about, widened by the caller; null reads everything. */
export type NaiveWindow = { start: number; end: number } | null;

const SERIES = new Set(['RRULE', 'RDATE', 'RECURRENCE-ID']);
const NEEDED = new Set(['DTSTART', 'DTEND', 'DURATION', 'RRULE', 'RDATE', 'EXDATE', 'RECURRENCE-ID', 'STATUS', 'ORGANIZER', 'UID', 'SEQUENCE', 'DTSTAMP', 'SUMMARY', 'TRANSP', 'ATTENDEE']);

/**
 * A single event whose naive times lie far outside the window is not read further: a week's query
 * over a year's export then costs little more than splitting the lines.
 */
function farSingle(c: Component, w: NaiveWindow): boolean {
  if (!w || hasAny(c, SERIES)) return false;
  const start = parseDateValue(peek(c, 'DTSTART')?.value ?? '');
  if (!start) return false;
  const endText = peek(c, 'DTEND')?.value;
  const end = endText ? parseDateValue(endText)?.naive : undefined;
  const d = parseDuration(peek(c, 'DURATION')?.value ?? '');
  const last = Math.max(start.naive, end ?? start.naive + (d ? d.days * 86_400_000 + d.ms : 86_400_000));
  // A length too large to compute with is not far: the full reader reports it.
  return Number.isFinite(last) && (start.naive > w.end || last < w.start);
}

/** Resolves a TZID to the index of its zone spec; the caller caches and reports unknown names. */
export type ZoneOf = (tzid: string, line: number) => number;

/** How a problem names an event: its title, or its UID when it has none. */
export function named(e: { title: string; uid: string }): string {
  return e.title ? `"${e.title}"` : `the event with UID ${e.uid}`;
}

/**
 * `utcIn`: the calendar's X-WR-TIMEZONE. Google exports UTC times with it and means them as wall
 * times there, so a weekly series keeps its local hour across DST (as python's x-wr-timezone does).
 * Only UTC values are re-read so: DATE and floating values are not UTC, whatever zone the user is in.
 */
export function readEvent(c: Component, zoneOf: ZoneOf, problems: Problem[], utcIn?: string, w: NaiveWindow = null): EventData | null {
  if (farSingle(c, w)) {
    const stub = { uid: peek(c, 'UID')?.value.trim() || `line-${c.line}`, line: c.line, sequence: Number(peek(c, 'SEQUENCE')?.value) || 0 };
    return { ...stub, stamp: peek(c, 'DTSTAMP')?.value ?? '', title: '', far: true, farRid: null, recurrenceId: null } as EventData;
  }
  const timeValue = (p: Prop, text: string, out: Problem[]): TimeValue | null => {
    const v = readTime(p, text, zoneOf, out);
    if (!v || !utcIn || v.kind !== 'utc') return v;
    return { naive: v.naive + offsetMinutes(v.naive, utcIn) * 60_000, kind: 'zoned', zone: zoneOf(utcIn, p.line) };
  };
  const list = (p: Prop, out: Problem[]): TimeValue[] => p.value.split(',').filter((s) => s.trim()).flatMap((s) => timeValue(p, s, out) ?? []);
  const props = pick(c, NEEDED, problems);
  const first = (name: string): Prop | undefined => props.get(name)?.[0];
  const all = (name: string): Prop[] => props.get(name) ?? [];
  const dtstart = first('DTSTART');
  const start = dtstart && timeValue(dtstart, dtstart.value, problems);
  if (!start) {
    problems.push({ line: c.line, message: dtstart ? 'event skipped: its DTSTART is unreadable' : 'event skipped: it has no DTSTART' });
    return null;
  }
  const uid = first('UID')?.value.trim() || `line-${c.line}`;
  const title = unescapeText(first('SUMMARY')?.value ?? '').trim();
  const dtend = first('DTEND');
  const durationProp = first('DURATION');
  let end = dtend ? timeValue(dtend, dtend.value, problems) : null;
  let duration = !dtend && durationProp ? parseDuration(durationProp.value) : null;
  if (durationProp && !dtend && !duration) problems.push({ line: durationProp.line, message: `unreadable DURATION "${durationProp.value}"; read as none` });
  if (end && (end.kind === 'date') !== (start.kind === 'date')) end = null; // mixed DATE and DATE-TIME: fall back to the defaults
  if (!end && !duration) duration = start.kind === 'date' ? { days: 1, ms: 0 } : { days: 0, ms: 0 };

  const rules: Rule[] = [];
  const rrules = all('RRULE');
  for (const p of rrules) {
    const r = readRule(p.value);
    if (typeof r === 'string') {
      problems.push({ line: p.line, message: `${r}; ${rrules.length > 1 ? 'this rule was left out' : 'read as a single event'}` });
      continue;
    }
    for (const note of r.notes) problems.push({ line: p.line, message: `${named({ title, uid })}: ${note}` });
    rules.push(r);
  }
  const rid = first('RECURRENCE-ID');
  const statusText = (first('STATUS')?.value ?? '').trim().toUpperCase();
  const organizer = first('ORGANIZER');
  return {
    uid,
    line: c.line,
    sequence: Number(first('SEQUENCE')?.value) || 0,
    stamp: first('DTSTAMP')?.value ?? '',
    title,
    status: statusText === 'CANCELLED' ? 'cancelled' : statusText === 'TENTATIVE' ? 'tentative' : 'confirmed',
    transparent: (first('TRANSP')?.value ?? '').trim().toUpperCase() === 'TRANSPARENT',
    start,
    end,
    duration,
    rules,
    rdates: all('RDATE').flatMap((p) => rdates(p, problems, list, zoneOf)),
    exdates: all('EXDATE').flatMap((p) => list(p, problems)),
    recurrenceId: rid ? timeValue(rid, rid.value, problems) : null,
    thisAndFuture: (rid?.params.RANGE ?? '').toUpperCase() === 'THISANDFUTURE',
    organizer: organizer ? email(organizer.value) ?? undefined : undefined,
    attendees: all('ATTENDEE').flatMap((p) => {
      const e = email(p.value);
      return e ? [{ email: e, partstat: (p.params.PARTSTAT ?? 'NEEDS-ACTION').toUpperCase() }] : [];
    }),
  };
}

function readTime(p: Prop, text: string, zoneOf: ZoneOf, problems: Problem[]): TimeValue | null {
  const v = parseDateValue(text);
  if (!v) {
    problems.push({ line: p.line, message: `unreadable ${p.name} value "${text.slice(0, 40)}"` });
    return null;
  }
  // A trailing Z wins over a TZID given with it (khal's "mixed awareness" files).
  if (v.isDate) return { naive: v.naive, kind: 'date', zone: -1 };
  if (v.utc) return { naive: v.naive, kind: 'utc', zone: -1 };
  const tzid = p.params.TZID;
  if (tzid === undefined || tzid.trim() === '') return { naive: v.naive, kind: 'floating', zone: -1 };
  return { naive: v.naive, kind: 'zoned', zone: zoneOf(tzid, p.line) };
}

function rdates(p: Prop, problems: Problem[], list: (p: Prop, out: Problem[]) => TimeValue[], zoneOf: ZoneOf): Rdate[] {
  if ((p.params.VALUE ?? '').toUpperCase() !== 'PERIOD' && !p.value.includes('/')) return list(p, problems).map((start) => ({ start, line: p.line }));
  return p.value.split(',').flatMap((s): Rdate[] => {
    const period = parsePeriod(s);
    if (!period) {
      problems.push({ line: p.line, message: `unreadable RDATE period "${s.slice(0, 40)}"` });
      return [];
    }
    const value = (v: { naive: number; isDate: boolean; utc: boolean }): TimeValue =>
      v.isDate ? { naive: v.naive, kind: 'date', zone: -1 } : v.utc ? { naive: v.naive, kind: 'utc', zone: -1 } : p.params.TZID ? { naive: v.naive, kind: 'zoned', zone: zoneOf(p.params.TZID, p.line) } : { naive: v.naive, kind: 'floating', zone: -1 };
    const start = value(period.start);
    if (period.end) return [{ start, end: value(period.end), line: p.line }];
    return [{ start, duration: period.duration, line: p.line }];
  });
}

function email(value: string): string | null {
  const m = /^\s*(?:mailto:)?\s*([^\s@:]+@[^\s@]+)\s*$/i.exec(value);
  return m ? m[1]!.toLowerCase() : null;
}
