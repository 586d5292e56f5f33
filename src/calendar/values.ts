// DATE, DATE-TIME, DURATION and PERIOD values. Wall-clock times are carried as "naive" milliseconds
// (Date.UTC of the wall fields), which makes adding nominal days and comparing wall times plain
// arithmetic; a zone turns a naive value into an instant.
import type { WallTime } from '../core/time.ts';

export interface DateValue {
  naive: number; // Date.UTC(wall fields)
  isDate: boolean; // VALUE=DATE: an all-day value
  utc: boolean; // ends in Z
}

const DT = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})?(?:\.\d+)?(Z)?)?$/i;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "20261124", "20261124T093000", "20261124T093000Z" (dashes and colons tolerated); null if unreadable. */
export function parseDateValue(text: string): DateValue | null {
  const m = DT.exec(text) ?? DT.exec(text.trim());
  if (!m) return null;
  const isDate = m[4] === undefined;
  const v = [Number(m[1]), Number(m[2]), Number(m[3]), isDate ? 0 : Number(m[4]), isDate ? 0 : Number(m[5]), isDate ? 0 : Number(m[6] ?? 0)] as const;
  return checked(v, isDate, !isDate && m[7] !== undefined);
}

function checked([y, mo, d, h, mi, s]: readonly number[], isDate: boolean, utc: boolean): DateValue | null {
  if (mo! < 1 || mo! > 12 || d! < 1 || h! > 24 || mi! > 59 || s! > 60) return null;
  const leap = y! % 4 === 0 && (y! % 100 !== 0 || y! % 400 === 0);
  if (d! > (mo === 2 && !leap ? 28 : MONTH_DAYS[mo! - 1]!)) return null; // 20260231
  return { naive: utcFields(y!, mo!, d!, h, mi, Math.min(s!, 59)), isDate, utc };
}

/** Date.UTC, also for years 0-99 (which Date.UTC reads as 1900-1999). */
export function utcFields(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  return y >= 0 && y < 100 ? new Date(t).setUTCFullYear(y) : t;
}

/**
 * Naive times and instants tt computes with stay within these years: far from the limits of
 * Date (±275,760 years), so arithmetic on them never makes an invalid date.
 */
export const NAIVE_MIN = Date.UTC(-9999, 0, 1);
export const NAIVE_MAX = Date.UTC(19999, 11, 31);

export function inRange(t: number): boolean {
  return t >= NAIVE_MIN && t <= NAIVE_MAX;
}

export function wallOf(naive: number): WallTime {
  const t = new Date(naive);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

/** A duration split as RFC 5545 3.3.6 means it: days and weeks are nominal, the rest exact. */
export interface Duration {
  days: number; // nominal days (weeks * 7 + days), signed
  ms: number; // exact part, signed
}

const DUR = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

export function parseDuration(text: string): Duration | null {
  const t = text.trim();
  const m = DUR.exec(t);
  if (!m || t.toUpperCase() === 'P' || /T$/i.test(t)) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const n = (i: number): number => Number(m[i] ?? 0);
  return { days: sign * (n(2) * 7 + n(3)), ms: sign * ((n(4) * 60 + n(5)) * 60 + n(6)) * 1000 };
}

/** A PERIOD value: "start/end" or "start/duration". */
export function parsePeriod(text: string): { start: DateValue; end?: DateValue; duration?: Duration } | null {
  const [a, b] = text.split('/');
  if (a === undefined || b === undefined) return null;
  const start = parseDateValue(a);
  if (!start) return null;
  if (/^[+-]?P/i.test(b)) {
    const duration = parseDuration(b);
    return duration ? { start, duration } : null;
  }
  const end = parseDateValue(b);
  return end ? { start, end } : null;
}

/** TEXT unescaping (RFC 5545 3.3.11). */
export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export const DAY_MS = 86_400_000;
