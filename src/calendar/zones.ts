// Turns a TZID into a zone that maps wall-clock times to instants. The order matters and is
// documented in docs/calendar.md: a name the tz database knows (IANA, or a Windows id through
// windows-iana) wins over the file's VTIMEZONE, because exporters write one year's rules from 1601
// (wrong for older dates) and sometimes nonsense; the file's VTIMEZONE serves names nobody else knows
// ("Customized Time Zone"); then Outlook display names; then an offset written in the name.
import { requireOwn } from '../platform/own-files.ts';
import { isValidZone, offsetMinutes, wallToInstant } from '../core/time.ts';
import { offsetFromName, zoneFromDisplayName } from './display-names.ts';
import { wallOf } from './values.ts';

export interface Zone {
  /** What the TZID resolved to, for messages: "Europe/Berlin", "VTIMEZONE Customized Time Zone". */
  label: string;
  /** The instant for a naive wall time (Date.UTC of the wall fields). */
  toInstant(naive: number): number;
  /** Set for a file's own VTIMEZONE, which ical.js evaluates. */
  needsIcal?: boolean;
}

export const UTC_ZONE: Zone = { label: 'UTC', toInstant: (naive) => naive };

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
  zone: Zone;
  /** Set when the zone is a guess the user should know about. */
  warning?: string;
}

/**
 * Resolves a TZID. `fromFile` builds a zone from the file's VTIMEZONE with that TZID (or null);
 * `floating` is the user's zone, used for names nothing can resolve.
 */
export function resolveZone(tzid: string, fromFile: (tzid: string) => Zone | null, floating: Zone): Resolution {
  const iana = ianaName(tzid);
  if (iana) return { zone: iana === 'UTC' || iana === 'Etc/UTC' ? UTC_ZONE : ianaZone(iana) };
  const own = fromFile(tzid);
  if (own) return { zone: own };
  const display = zoneFromDisplayName(tzid);
  if (display && isValidZone(display)) return { zone: ianaZone(display) };
  const offset = offsetFromName(tzid);
  if (offset !== null) {
    return { zone: fixedZone(offset, `UTC${offset < 0 ? '-' : '+'}${Math.abs(offset)}m`), warning: `time zone "${tzid}" is not known; read as a fixed offset of ${offset} minutes (no daylight saving)` };
  }
  return { zone: floating, warning: `time zone "${tzid}" is not known and has no VTIMEZONE; read in your zone ${floating.label}` };
}
