// Time-zone arithmetic without a library: Intl knows every IANA zone and its DST rules, so a
// wall-clock time in a zone is turned into an instant by asking Intl for the zone's offset.

import { readlinkSync } from 'node:fs';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface LocalParts extends WallTime {
  weekday: number; // 0 = Monday … 6 = Sunday
}

const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export function isValidZone(tz: string): boolean {
  // The process's own zone needs no check (and Intl's first formatter costs milliseconds of ICU
  // start-up); it is the zone the Date fast path in localParts already computes with.
  if (tz === ownZone()) return true;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

export function localParts(instant: Date | number, tz: string): LocalParts {
  if (tz === ownZone()) {
    // Date's local getters read the same zone database, without ICU's formatter start-up.
    const d = new Date(instant);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds(), weekday: (d.getDay() + 6) % 7 };
  }
  const parts = formatter(tz).formatToParts(typeof instant === 'number' ? instant : instant.getTime());
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS[get('weekday')] ?? 0,
  };
}

/** Offset of `tz` from UTC at `instant`, in minutes (Berlin in winter: 60). */
export function offsetMinutes(instant: number, tz: string): number {
  const p = localParts(instant, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/**
 * The instant at which clocks in `tz` show `wall`. In the spring-forward gap the time is read with
 * the offset before the change (02:30 becomes 03:30); in the autumn overlap the earlier instant wins.
 */
export function wallToInstant(wall: WallTime, tz: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetMinutes(naive - 36 * 3600_000, tz);
  const after = offsetMinutes(naive + 36 * 3600_000, tz);
  const candidates = [naive - before * 60_000, naive - after * 60_000].sort((a, b) => a - b);
  for (const c of candidates) {
    if (naive - offsetMinutes(c, tz) * 60_000 === c) return c;
  }
  return naive - before * 60_000;
}

export type DateString = string; // YYYY-MM-DD, a calendar day

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDateString(s: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function formatDate(year: number, month: number, day: number): DateString {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function localDate(instant: Date | number, tz: string): DateString {
  const p = localParts(instant, tz);
  return formatDate(p.year, p.month, p.day);
}

export function addDays(date: DateString, days: number): DateString {
  const d = parseDateString(date);
  if (!d) throw new Error(`not a date: ${date}`);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Monday = 0 … Sunday = 6, for a calendar day (no zone needed). */
export function weekdayOf(date: DateString): number {
  const d = parseDateString(date);
  if (!d) throw new Error(`not a date: ${date}`);
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
}

/** The instant a local day starts in `tz` (not always 00:00 local where DST jumps at midnight). */
export function startOfDay(date: DateString, tz: string): number {
  const d = parseDateString(date);
  if (!d) throw new Error(`not a date: ${date}`);
  return wallToInstant({ ...d, hour: 0, minute: 0, second: 0 }, tz);
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: DateString, to: DateString): DateString[] {
  const days: DateString[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

export function systemZone(): string {
  return ownZone() ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

// The zone this process runs in, found without Intl: the first Intl.DateTimeFormat costs 15-40 ms of
// ICU start-up, more than all the rest of `tt status`. It is $TZ when that names a zone, else the
// zoneinfo file /etc/localtime links to (where ICU looks too); null when neither says.
let own: string | null | undefined;
function ownZone(): string | null {
  if (own !== undefined) return own;
  const tz = process.env.TZ;
  if (tz !== undefined) return (own = /^[A-Za-z][\w+-]*(?:\/[\w+-]+)*$/.test(tz) ? tz : null);
  try {
    return (own = /\/zoneinfo\/([A-Za-z][\w+-]*(?:\/[\w+-]+)*)$/.exec(readlinkSync('/etc/localtime'))?.[1] ?? null);
  } catch {
    return (own = null);
  }
}

/** "14:05" in `tz`. */
export function formatClock(instant: number, tz: string): string {
  const p = localParts(instant, tz);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** "2026-11-27 14:05" in `tz`. */
export function formatLocal(instant: number, tz: string): string {
  return `${localDate(instant, tz)} ${formatClock(instant, tz)}`;
}

export function isoUtc(instant: number): string {
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}
