// Time-zone arithmetic without a library: Intl knows every IANA zone and its DST rules, so a
// wall-clock time in a zone is turned into an instant by asking Intl for the zone's offset.

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

// The zone Date's local getters compute in (this process's), when the platform has told it
// (setProcessZone, from src/platform/process-zone.ts). For that zone localParts uses the getters,
// which read the same zone database as Intl, without ICU's start-up: the first Intl.DateTimeFormat
// costs 15-40 ms, more than all the rest of `tt status` (docs/architecture.md, "Start-up").
let processZone: string | null = null;

export function setProcessZone(zone: string | null): void {
  processZone = zone;
}

export function isValidZone(tz: string): boolean {
  // The process's own zone needs no check; it is the zone the Date path in localParts computes with.
  if (tz === processZone) return true;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

export function localParts(instant: Date | number, tz: string): LocalParts {
  if (tz === processZone) {
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
  const asUtc = utcMs(p);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/**
 * The instant at which clocks in `tz` show `wall`. In the spring-forward gap the time is read with
 * the offset before the change (02:30 becomes 03:30); in the autumn overlap the earlier instant wins.
 */
export function wallToInstant(wall: WallTime, tz: string): number {
  const naive = utcMs(wall);
  const before = offsetMinutes(naive - 36 * 3600_000, tz);
  const after = offsetMinutes(naive + 36 * 3600_000, tz);
  const candidates = [naive - before * 60_000, naive - after * 60_000].sort((a, b) => a - b);
  for (const c of candidates) {
    if (naive - offsetMinutes(c, tz) * 60_000 === c) return c;
  }
  return naive - before * 60_000;
}

export type DateString = string; // YYYY-MM-DD, a calendar day

// Years outside 1000..9999 are read too (with a sign, or six digits, as ISO-8601 extends them): typed
// days are bounded where they are read (ranges.ts), but an entry stored by an older tt may carry any
// year, and showing it must not fail.
const DATE_RE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;

/** Date.UTC for any year: Date.UTC reads years 0..99 as 1900..1999. */
function utcDay(year: number, monthIndex: number, day: number): Date {
  if (year >= 100) return new Date(Date.UTC(year, monthIndex, day));
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

function utcMs(w: WallTime): number {
  if (w.year >= 100) return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return utcDay(w.year, w.month - 1, w.day).getTime() + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
}

export function parseDateString(s: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = utcDay(year, month - 1, day);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function formatDate(year: number, month: number, day: number): DateString {
  const y = year < 0 ? `-${String(-year).padStart(6, '0')}` : year > 9999 ? `+${String(year).padStart(6, '0')}` : String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function localDate(instant: Date | number, tz: string): DateString {
  const p = localParts(instant, tz);
  return formatDate(p.year, p.month, p.day);
}

export function addDays(date: DateString, days: number): DateString {
  const d = parseDateString(date);
  if (!d) throw new Error(`not a date: ${date}`);
  const t = utcDay(d.year, d.month - 1, d.day + days);
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Monday = 0 … Sunday = 6, for a calendar day (no zone needed). */
export function weekdayOf(date: DateString): number {
  const d = parseDateString(date);
  if (!d) throw new Error(`not a date: ${date}`);
  return (utcDay(d.year, d.month - 1, d.day).getUTCDay() + 6) % 7;
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

/** The zone this machine is set to; UTC when it names none (see systemZoneOrNull). */
export function systemZone(): string {
  return systemZoneOrNull() ?? 'UTC';
}

/** The zone this machine is set to, or null when it names none: $TZ empty or unknown to ICU (which then says Etc/Unknown). */
export function systemZoneOrNull(): string | null {
  if (processZone) return processZone;
  const intl = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return intl && intl !== 'Etc/Unknown' && isValidZone(intl) ? intl : null;
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

/** "14:05" when `instant` falls on today's date in `tz`, else "2026-11-27 14:05": a confirmation names the day only when it is not today. */
export function formatNear(instant: number, now: number, tz: string): string {
  return localDate(instant, tz) === localDate(now, tz) ? formatClock(instant, tz) : formatLocal(instant, tz);
}

/** "09:00–10:30" today; "2026-12-04 09:00–10:30" on another day; "2026-12-04 22:00–2026-12-05 01:00" across midnight. */
export function formatSpan(start: number, end: number, now: number, tz: string): string {
  const sameDay = localDate(start, tz) === localDate(end, tz);
  return `${formatNear(start, now, tz)}–${sameDay ? formatClock(end, tz) : formatLocal(end, tz)}`;
}

export function isoUtc(instant: number): string {
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}
