// Durations as users type them ("30m", "1h30m", "1.5h", "1:30", "90") and as tt prints them ("1:30").
import { UsageError } from './errors.ts';

const UNIT_MINUTES: Record<string, number> = { d: 1440, h: 60, m: 1, s: 1 / 60 };

/** Minutes in a duration text, or null when it is not one. A bare number means minutes. */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === '') return null;
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const clock = /^(\d+):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const re = /(\d+(?:\.\d+)?)(d|h|m|s)/gy;
  let total = 0;
  let seen = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    total += Number(m[1]) * (UNIT_MINUTES[m[2] ?? 'm'] ?? 1);
    seen = true;
    if (re.lastIndex === t.length) return total;
  }
  return seen && re.lastIndex === t.length ? total : null;
}

/** Longest estimate accepted: 1,000 hours. A larger one is a typo (or "1e9m"), not a plan. */
export const MAX_ESTIMATE_MIN = 1000 * 60;

export function requireDuration(text: string, flag: string, maxMinutes = MAX_ESTIMATE_MIN): number {
  const minutes = parseDuration(text);
  if (minutes === null || !Number.isFinite(minutes) || minutes < 0) {
    throw new UsageError(`${flag}: "${text}" is not a duration`, 'Write it like 30m, 1h30m, 1.5h or 1:30.');
  }
  if (minutes > maxMinutes) throw new UsageError(`${flag}: "${text}" is longer than ${formatHM(maxMinutes * 60_000)}`, 'Write it like 30m, 1h30m, 1.5h or 1:30.');
  return minutes;
}

/**
 * Whole minutes shown for a duration: every duration tt prints goes through here, rounded to the
 * nearest minute once, after summing unrounded milliseconds, so two commands showing the same time
 * show the same figure (invoice rounding rules are separate: src/core/rounding.ts).
 */
export function displayMinutes(ms: number): number {
  return Math.sign(ms) * Math.round(Math.abs(ms) / 60_000);
}

/** Time under a minute is not listed as a row of its own (a draft, a gap): it would read "0:00". */
export const listed = (ms: number): boolean => ms >= 60_000;

/** "1:05" from milliseconds, rounded to the minute; negative values keep their sign. */
export function formatHM(ms: number): string {
  const m = displayMinutes(ms);
  const sign = m < 0 ? '-' : '';
  const totalMinutes = Math.abs(m);
  return `${sign}${Math.floor(totalMinutes / 60)}:${String(totalMinutes % 60).padStart(2, '0')}`;
}

/** Hours as JSON carries them: a number rounded to 4 decimals. */
export function hours(ms: number): number {
  return Math.round((ms / 3600_000) * 10000) / 10000;
}
