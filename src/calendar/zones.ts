// Turns a TZID into a zone that maps wall-clock times to instants. The order matters and is
// documented in docs/calendar.md: a name the tz database knows (IANA, or a Windows id through
// windows-iana) wins over the file's VTIMEZONE, because exporters write one year's rules from 1601
// (wrong for older dates) and sometimes nonsense; the file's VTIMEZONE serves names nobody else knows
// ("Customized Time Zone"); then Outlook display names; then an offset written in the name.
import { requireOwn } from '../platform/own-files.ts';
import { isValidZone, offsetMinutes, wallToInstant } from '../core/time.ts';
import { offsetFromName, zoneFromDisplayName } from './display-names.ts';
import { wallOf } from './values.ts';
import { tableZone } from './tables.ts';
import { vtimezoneZone } from './vtimezone.ts';

export interface Zone {
  /** What the TZID resolved to, for messages: "Europe/Berlin", "VTIMEZONE Customized Time Zone". */
  label: string;
  /** The instant for a naive wall time (Date.UTC of the wall fields). */
  toInstant(naive: number): number;
}

/**
 * What a TZID resolved to, as plain data: a calendar's parsed form keeps these (in the derived
 * index too), and turns each into a Zone when a query needs it. `user` is the user's zone, for
 * names nothing resolves (floating and DATE values are told apart by their kind, not by a zone).
 */
export type ZoneSpec =
  | { kind: 'iana'; name: string; table?: Transitions }
  | { kind: 'fixed'; minutes: number; label: string }
  | { kind: 'vtimezone'; tzid: string; text: string; fixed: number; table: Transitions | null }
  | { kind: 'user' };

/** A VTIMEZONE's offset changes, worked out once by ical.js (vtimezone.ts). */
export interface Transitions {
  /** Instants (epoch ms) at which the offset changes, ascending. */
  at: number[];
  /** Offset in minutes from each change on. */
  offset: number[];
  /** Offset in minutes before the first change. */
  before: number;
  /** The table is exact from this instant (-Infinity: from the beginning) */
  from: number;
  /** up to this one; other times ask Intl or ical.js. */
  until: number;
}

export const UTC_ZONE: Zone = { label: 'UTC', toInstant: (naive) => naive };

// One Zone per IANA name for the whole process: its week cache of offsets serves every calendar.
const ianaZones = new Map<string, Zone>();

export function namedZone(name: string): Zone {
  if (name === 'UTC' || name === 'Etc/UTC') return UTC_ZONE;
  let z = ianaZones.get(name);
  if (!z) ianaZones.set(name, (z = ianaZone(name)));
  return z;
}

/**
 * A tz-database zone through Intl. Intl answers one offset per call and each call costs
 * microseconds, so offsets are cached per week: a week whose first and last instants share an offset
 * has it throughout (transitions are months apart). Only in a week with a transition is the exact,
 * slower wallToInstant used, which also settles gaps and overlaps the way the rest of tt does.
 */
export function ianaZone(name: string): Zone {
  const weeks = new Map<number, number | null>(); // week index -> offset, or null: a transition inside
  const offsetAt = (instant: number): number | null => {
    const week = Math.floor(instant / WEEK);
    let o = weeks.get(week);
    if (o === undefined) {
      const a = offsetMinutes(week * WEEK, name);
      o = a === offsetMinutes((week + 1) * WEEK - 1000, name) ? a : null;
      weeks.set(week, o);
    }
    return o;
  };
  return {
    label: name,
    toInstant(naive) {
      const first = offsetAt(naive);
      if (first !== null) {
        const c = naive - first * 60_000;
        if (offsetAt(c) === first) return c;
      }
      return wallToInstant(wallOf(naive), name);
    },
  };
}

const WEEK = 7 * 86_400_000;

export function fixedZone(minutes: number, label: string): Zone {
  return { label, toInstant: (naive) => naive - minutes * 60_000 };
}

/** The IANA name inside a TZID: itself, a "/mozilla.org/20050126_1/Europe/Berlin" suffix, or a Windows id. */
export function ianaName(tzid: string): string | null {
  const t = tzid.trim().replace(/^"|"$/g, '');
  if (!t) return null;
  if (/^[A-Za-z]/.test(t) && isValidZone(t) && !/\s/.test(t)) return t;
  const parts = t.split('/').filter(Boolean);
  for (let n = Math.min(3, parts.length); n >= 1; n--) {
    const tail = parts.slice(-n).join('/');
    if (parts.length > n && /^[A-Za-z]/.test(tail) && tail.includes('/') && isValidZone(tail)) return tail;
  }
  const windows = windowsToIana(t);
  return windows && isValidZone(windows) ? windows : null;
}

// windows-iana's table is loaded only when a file uses a name that is not an IANA one (it costs
// tens of milliseconds to load, and most calendars never need it).
let findIana: ((name: string) => string[]) | null = null;
function windowsToIana(name: string): string | undefined {
  findIana ??= (requireOwn('windows-iana') as { findIana: (n: string) => string[] }).findIana;
  return findIana(name)[0];
}

export interface Resolution {
  spec: ZoneSpec;
  /** Set when the zone is a guess the user should know about. */
  warning?: string;
}

/**
 * Resolves a TZID. `fromFile` gives the file's own VTIMEZONE with that TZID (or null); `userTz`
 * names the zone used for names nothing can resolve.
 */
export function resolveZone(tzid: string, fromFile: (tzid: string) => ZoneSpec | null, userTz: string): Resolution {
  const iana = ianaName(tzid);
  if (iana) return { spec: { kind: 'iana', name: iana } };
  const own = fromFile(tzid);
  if (own) return { spec: own };
  const display = zoneFromDisplayName(tzid);
  if (display && isValidZone(display)) return { spec: { kind: 'iana', name: display } };
  const offset = offsetFromName(tzid);
  if (offset !== null) {
    return {
      spec: { kind: 'fixed', minutes: offset, label: `UTC${offset < 0 ? '-' : '+'}${Math.abs(offset)}m` },
      warning: `time zone "${tzid}" is not known; read as a fixed offset of ${offset} minutes (no daylight saving)`,
    };
  }
  return { spec: { kind: 'user' }, warning: `time zone "${tzid}" is not known and has no VTIMEZONE; read in your zone ${userTz}` };
}

/** The Zone a spec stands for; `user` is the user's zone. */
export function zoneOf(spec: ZoneSpec, user: Zone): Zone {
  switch (spec.kind) {
    case 'iana':
      return spec.table ? tableZone(spec.table, spec.name, () => namedZone(spec.name)) : namedZone(spec.name);
    case 'fixed':
      return fixedZone(spec.minutes, spec.label);
    case 'vtimezone':
      return vtimezoneZone(spec);
    case 'user':
      return user;
  }
}
