// A VEVENT read into plain data: times with their zones, the rule, EXDATE/RDATE lists, the
// RECURRENCE-ID, status and attendees. Anything unreadable is reported with its line; an event
// without a readable DTSTART is skipped, a bad RRULE leaves the event as a single instance.
import { hasAny, peek, pick } from './tree.ts';
import { readRule, type Rule } from './rule.ts';
import { parseDateValue, parseDuration, parsePeriod, unescapeText, type Duration } from './values.ts';
import { offsetMinutes } from '../core/time.ts';
import { UTC_ZONE, type Zone } from './zones.ts';
import type { Component, Problem, Prop } from './types.ts';

export interface TimeValue {
  naive: number;
  isDate: boolean;
  zone: Zone;
  /** No TZID and no Z: read in the user's zone, or for a RECURRENCE-ID in its master's zone. */
  floating: boolean;
}

export interface Attendee {
  email: string;
  partstat: string;
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
  rule: Rule | null;
  rdates: { start: TimeValue; end?: TimeValue; duration?: Duration }[];
  exdates: TimeValue[];
  recurrenceId: TimeValue | null;
  thisAndFuture: boolean;
  organizer?: string;
  attendees: Attendee[];
  /** A single event far from the window asked about: read only far enough to take part in deduplication. */
  far?: boolean;
}

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
  return start.naive > w.end || last < w.start;
}

/** Resolves a TZID (or none: floating) to a zone; the caller caches and reports unknown names. */
export type ZoneOf = (tzid: string | undefined, line: number) => Zone;

/**
 * `utcIn`: the calendar's X-WR-TIMEZONE. Google exports UTC times with it and means them as wall
 * times there, so a weekly series keeps its local hour across DST (as python's x-wr-timezone does).
 */
export function readEvent(c: Component, zoneOf: ZoneOf, problems: Problem[], utcIn?: string, w: NaiveWindow = null): EventData | null {
  if (farSingle(c, w)) {
    const stub = { uid: peek(c, 'UID')?.value.trim() || `line-${c.line}`, line: c.line, sequence: Number(peek(c, 'SEQUENCE')?.value) || 0 };
    return { ...stub, stamp: peek(c, 'DTSTAMP')?.value ?? '', title: '', far: true, recurrenceId: null } as EventData;
  }
  const timeValue = (p: Prop, text: string, z: ZoneOf, out: Problem[]): TimeValue | null => {
    const v = readTime(p, text, z, out);
    if (!v || !utcIn || v.zone !== UTC_ZONE) return v;
    return { naive: v.naive + offsetMinutes(v.naive, utcIn) * 60_000, isDate: false, zone: zoneOf(utcIn, p.line), floating: false };
  };
  const list = (p: Prop, z: ZoneOf, out: Problem[]): TimeValue[] =>
    p.value.split(',').filter((s) => s.trim()).flatMap((s) => timeValue(p, s, z, out) ?? []);
  const props = pick(c, NEEDED, problems);
  const first = (name: string): Prop | undefined => props.get(name)?.[0];
  const all = (name: string): Prop[] => props.get(name) ?? [];
  const dtstart = first('DTSTART');
  const start = dtstart && timeValue(dtstart, dtstart.value, zoneOf, problems);
  if (!start) {
    problems.push({ line: c.line, message: dtstart ? 'event skipped: its DTSTART is unreadable' : 'event skipped: it has no DTSTART' });
    return null;
  }
  const dtend = first('DTEND');
  const durationProp = first('DURATION');
  let end = dtend ? timeValue(dtend, dtend.value, zoneOf, problems) : null;
  let duration = !dtend && durationProp ? parseDuration(durationProp.value) : null;
  if (durationProp && !dtend && !duration) problems.push({ line: durationProp.line, message: `unreadable DURATION "${durationProp.value}"; read as none` });
  if (end && (end.isDate !== start.isDate)) end = null; // mixed DATE and DATE-TIME: fall back to the defaults
  if (!end && !duration) duration = start.isDate ? { days: 1, ms: 0 } : { days: 0, ms: 0 };

  const rruleProp = first('RRULE');
  let rule: Rule | null = null;
  if (rruleProp) {
    const r = readRule(rruleProp.value);
    if (typeof r === 'string') problems.push({ line: rruleProp.line, message: `${r}; read as a single event` });
    else rule = r;
  }
  const rid = first('RECURRENCE-ID');
  const statusText = (first('STATUS')?.value ?? '').trim().toUpperCase();
  const organizer = first('ORGANIZER');
  return {
    uid: first('UID')?.value.trim() || `line-${c.line}`,
    line: c.line,
    sequence: Number(first('SEQUENCE')?.value) || 0,
    stamp: first('DTSTAMP')?.value ?? '',
    title: unescapeText(first('SUMMARY')?.value ?? '').trim(),
    status: statusText === 'CANCELLED' ? 'cancelled' : statusText === 'TENTATIVE' ? 'tentative' : 'confirmed',
    transparent: (first('TRANSP')?.value ?? '').trim().toUpperCase() === 'TRANSPARENT',
    start,
    end,
    duration,
    rule,
    rdates: all('RDATE').flatMap((p) => rdates(p, zoneOf, problems, list)),
    exdates: all('EXDATE').flatMap((p) => list(p, zoneOf, problems)),
    recurrenceId: rid ? timeValue(rid, rid.value, zoneOf, problems) : null,
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
  const tzid = v.utc || v.isDate ? undefined : p.params.TZID;
  const zone = v.utc ? UTC_ZONE : zoneOf(tzid, p.line);
  return { naive: v.naive, isDate: v.isDate, zone, floating: !v.utc && !tzid };
}

function rdates(p: Prop, zoneOf: ZoneOf, problems: Problem[], list: (p: Prop, z: ZoneOf, out: Problem[]) => TimeValue[]): EventData['rdates'] {
  if ((p.params.VALUE ?? '').toUpperCase() !== 'PERIOD' && !p.value.includes('/')) return list(p, zoneOf, problems).map((start) => ({ start }));
  return p.value.split(',').flatMap((s): EventData['rdates'] => {
    const period = parsePeriod(s);
    if (!period) {
      problems.push({ line: p.line, message: `unreadable RDATE period "${s.slice(0, 40)}"` });
      return [];
    }
    const z = (utc: boolean): Zone => (utc ? UTC_ZONE : zoneOf(p.params.TZID, p.line));
    const floating = (utc: boolean): boolean => !utc && !p.params.TZID;
    const start = { naive: period.start.naive, isDate: period.start.isDate, zone: z(period.start.utc), floating: floating(period.start.utc) };
    if (period.end) return [{ start, end: { naive: period.end.naive, isDate: period.end.isDate, zone: z(period.end.utc), floating: floating(period.end.utc) } }];
    return [{ start, duration: period.duration }];
  });
}

function email(value: string): string | null {
  const m = /^\s*(?:mailto:)?\s*([^\s@:]+@[^\s@]+)\s*$/i.exec(value);
  return m ? m[1]!.toLowerCase() : null;
}
