// Day ranges: calendar days in the user's zone, both ends inclusive (ARCHITECTURE.md, Conventions).
import { UsageError } from './errors.ts';
import { addDays, formatDate, localDate, parseDateString, startOfDay, weekdayOf, type DateString } from './time.ts';

export interface DayRange {
  from: DateString;
  to: DateString; // inclusive
}

export interface RangeFlags {
  since?: string;
  until?: string;
  today?: boolean;
  week?: boolean;
  lastWeek?: boolean;
  month?: boolean;
  lastMonth?: boolean;
}

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A day as typed: YYYY-MM-DD, today, yesterday, a weekday (the most recent one, today included). */
export function parseDay(text: string, now: number, tz: string, flag = 'date'): DateString {
  const day = readDay(text, now, tz);
  if (day === null) throw new UsageError(`${flag}: "${text}" is not a day`, 'Use YYYY-MM-DD, today, yesterday, a weekday like monday, or "3 days ago".');
  // Days tt can cut (and that anyone means): a typo like 0206 for 2026 is refused, not searched.
  const year = parseDateString(day)?.year ?? 0;
  if (year < 1970 || year > 9999) throw new UsageError(`${flag}: "${text}" is outside the days tt reads (1970-01-01 to 9999-12-31)`, 'Check the year.');
  return day;
}

function readDay(text: string, now: number, tz: string): DateString | null {
  const t = text.trim().toLowerCase();
  const today = localDate(now, tz);
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return parseDateString(t) ? t : null;
  if (t === 'today') return today;
  if (t === 'yesterday') return addDays(today, -1);
  if (t === 'tomorrow') return addDays(today, 1);
  const wd = WEEKDAY_NAMES.findIndex((n) => n === t || n.slice(0, 3) === t);
  if (wd >= 0) return addDays(today, -((weekdayOf(today) - wd + 7) % 7));
  const ago = /^(\d{1,7})\s*(day|days|d|week|weeks|w)\s+ago$/.exec(t);
  if (ago) return addDays(today, -Number(ago[1]) * (ago[2]?.startsWith('w') ? 7 : 1));
  return null;
}

export function weekOf(day: DateString): DayRange {
  const from = addDays(day, -weekdayOf(day));
  return { from, to: addDays(from, 6) };
}

export function monthOf(day: DateString): DayRange {
  const d = parseDateString(day)!;
  const from = formatDate(d.year, d.month, 1);
  const next = d.month === 12 ? formatDate(d.year + 1, 1, 1) : formatDate(d.year, d.month + 1, 1);
  return { from, to: addDays(next, -1) };
}

/**
 * The range the flags ask for. `fallback` applies when no flag is given. A --since without --until
 * runs to today.
 */
export function resolveRange(flags: RangeFlags, now: number, tz: string, fallback: 'week' | 'today' | 'all'): DayRange | null {
  const today = localDate(now, tz);
  const shortcuts = [flags.today, flags.week, flags.lastWeek, flags.month, flags.lastMonth].filter(Boolean).length;
  if (shortcuts > 1) throw new UsageError('choose one of --today, --week, --last-week, --month, --last-month', 'Or give the days with --since and --until.');
  if (shortcuts && (flags.since || flags.until)) throw new UsageError('--since/--until cannot be combined with --today, --week or --month', 'Give either the days (--since, --until) or one of the shortcuts.');
  if (flags.today) return { from: today, to: today };
  if (flags.week) return weekOf(today);
  if (flags.lastWeek) return weekOf(addDays(today, -7));
  if (flags.month) return monthOf(today);
  if (flags.lastMonth) return monthOf(addDays(monthOf(today).from, -1));
  if (flags.since || flags.until) {
    const from = flags.since ? parseDay(flags.since, now, tz, '--since') : '0001-01-01';
    const to = flags.until ? parseDay(flags.until, now, tz, '--until') : today;
    if (to < from) throw new UsageError(`--until ${to} is before --since ${from}`, 'Swap them: --since is the first day, --until the last.');
    return { from, to };
  }
  if (fallback === 'week') return weekOf(today);
  if (fallback === 'today') return { from: today, to: today };
  return null;
}

/** "2026-11-02..2026-11-08" as the --period flags take it. */
export function parsePeriod(text: string, now: number, tz: string, flag = '--period'): DayRange {
  const m = /^(.+?)\.\.(.+)$/.exec(text.trim());
  if (!m) throw new UsageError(`${flag}: "${text}" is not a period`, 'Write it as FROM..TO, like 2026-11-02..2026-11-08.');
  const from = parseDay(m[1]!, now, tz, flag);
  const to = parseDay(m[2]!, now, tz, flag);
  if (to < from) throw new UsageError(`${flag}: ${to} is before ${from}`, `Write the first day first: ${flag} ${to}..${from}.`);
  return { from, to };
}

/** The half-open instant window [start, end) that a day range covers in `tz`. */
export function rangeInstants(range: DayRange, tz: string): { start: number; end: number } {
  return { start: startOfDay(range.from, tz), end: startOfDay(addDays(range.to, 1), tz) };
}
