// An RRULE read into what expansion needs. ical.js parses and iterates the rules tt does not
// generate itself (generate.ts); tt keeps COUNT and UNTIL out of ical.js's hands so it can start a series
// late (skipping ahead) and compare UNTIL as an instant rather than as ical.js's zone-less time.
import { parseDateValue, type DateValue } from './values.ts';

export type Freq = 'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface Rule {
  freq: Freq;
  interval: number;
  count: number | null;
  until: DateValue | null;
  /** Weekdays of a WEEKLY rule without ordinals, 0 = Monday; empty when the rule has none. */
  byday: number[];
  wkst: number; // 0 = Monday
  /** FREQ and INTERVAL (and plain BYDAY for WEEKLY) only: tt generates it arithmetically. */
  simple: boolean;
  /** The rule for ical.js's iterator, without COUNT and UNTIL (parsed when it is first needed). */
  text: string;
  /** What the reader should know: parts not known (and ignored), a calendar scale tt does not have. */
  notes: string[];
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQS = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
// RFC 5545 3.3.10, plus RFC 7529's RSCALE and SKIP.
const PARTS = new Set(['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST', 'RSCALE', 'SKIP']);
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads an RRULE value; returns a message string when it cannot be used. */
export function readRule(text: string): Rule | string {
  // Exporters write "BYDAY=MO, TU" and even "RRULE:RRULE:FREQ=..."; both are read.
  const parts = new Map<string, string>();
  for (const piece of text.replace(/\s+/g, '').replace(/^(RRULE:)+/i, '').split(';')) {
    const eq = piece.indexOf('=');
    if (eq > 0) parts.set(piece.slice(0, eq).toUpperCase(), piece.slice(eq + 1).toUpperCase());
  }
  // A misspelt part (UNTL=...) would otherwise be dropped in silence, and the series never end.
  const notes: string[] = [];
  for (const k of [...parts.keys()]) {
    if (PARTS.has(k)) continue;
    notes.push(`recurrence rule part "${k}" is not known; it was ignored, so the series may run longer than meant`);
    parts.delete(k);
  }
  // RFC 7529: tt has only the Gregorian calendar, and skips a missing day (SKIP=OMIT) as RFC 5545 does.
  const rscale = parts.get('RSCALE');
  if (rscale !== undefined && rscale !== 'GREGORIAN') notes.push(`RSCALE=${rscale} is not supported; the series is read in the Gregorian calendar`);
  const skip = parts.get('SKIP');
  if (skip !== undefined && skip !== 'OMIT') notes.push(`SKIP=${skip} is not supported; a day a month lacks is left out (SKIP=OMIT)`);
  parts.delete('RSCALE');
  parts.delete('SKIP');
  const freq = parts.get('FREQ');
  if (!freq || !FREQS.has(freq)) return `recurrence rule has no valid FREQ: "${text.slice(0, 60)}"`;
  const interval = Number(parts.get('INTERVAL') ?? 1);
  if (!Number.isInteger(interval) || interval < 1) return `recurrence rule has a bad INTERVAL: "${text.slice(0, 60)}"`;
  const countText = parts.get('COUNT');
  const count = countText === undefined ? null : Number(countText);
  if (count !== null && (!Number.isInteger(count) || count < 0)) return `recurrence rule has a bad COUNT: "${text.slice(0, 60)}"`;
  const untilText = parts.get('UNTIL');
  const until = untilText === undefined ? null : parseDateValue(untilText);
  if (untilText !== undefined && !until) return `recurrence rule has a bad UNTIL: "${text.slice(0, 60)}"`;
  if (!feasible(parts)) return `recurrence rule can never occur: "${text.slice(0, 60)}"`;
  const byParts = [...parts.keys()].filter((k) => k.startsWith('BY'));
  const bydayText = parts.get('BYDAY');
  const plainDays = bydayText?.split(',').every((d) => DAYS.includes(d)) ?? false;
  const simple = byParts.length === 0 || (freq === 'WEEKLY' && byParts.length === 1 && plainDays);
  const wkst = Math.max(0, DAYS.indexOf(parts.get('WKST') ?? 'MO'));
  parts.delete('COUNT');
  parts.delete('UNTIL');
  const byday = plainDays && simple ? [...new Set(bydayText!.split(',').map((d) => DAYS.indexOf(d)))] : [];
  return { freq: freq as Freq, interval, count, until, byday, wkst, simple, text: [...parts].map(([k, v]) => `${k}=${v}`).join(';'), notes };
}

// ical.js's iterator loops forever on a DAILY or WEEKLY rule whose BYMONTH and BYMONTHDAY never
// meet (BYMONTH=2;BYMONTHDAY=30): refuse those before iterating.
function feasible(parts: Map<string, string>): boolean {
  const monthDays = parts.get('BYMONTHDAY')?.split(',').map(Number);
  const months = parts.get('BYMONTH')?.split(',').map(Number) ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) return false;
  if (!monthDays) return true;
  if (monthDays.some((d) => !Number.isInteger(d) || d === 0 || Math.abs(d) > 31)) return false;
  return months.some((m) => monthDays.some((d) => Math.abs(d) <= MONTH_DAYS[m - 1]!));
}
