// The one range of instants tt accepts, for times typed on the command line, read from an import and
// found in storage alike. Work happens between 1970 and now: a time outside that is a typo ("0206"
// for "2026") or a broken export, and one such instant used to make every export and invoice fail.
import { formatHM } from './duration.ts';
import { UsageError } from './errors.ts';
import type { Entry } from './events.ts';

/** 1970-01-01T00:00:00Z: nothing tt records happened before it. */
export const MIN_INSTANT = 0;
/** A typed time may be up to a minute ahead of the clock (typing "now"-ish times takes a moment). */
export const FUTURE_SLACK_MS = 60_000;
/** Stored entries may come from another device whose clock runs ahead: a day of slack before they count as out of bounds. */
export const STORED_SLACK_MS = 86_400_000;
/** Entries longer than this, typed by hand, need --long; imports keep them with a warning. */
export const LONG_ENTRY_MS = 24 * 3600_000;

export const BOUNDS_TEXT = '1970-01-01 to now';

/** Why an instant is outside [1970, now + slack], or null when it is inside. */
export function instantProblem(instant: number, now: number, slackMs = FUTURE_SLACK_MS): 'before 1970-01-01' | 'in the future' | 'not a time' | null {
  if (!Number.isFinite(instant)) return 'not a time';
  if (instant < MIN_INSTANT) return 'before 1970-01-01';
  if (instant > now + slackMs) return 'in the future';
  return null;
}

/** Why a stored entry lies outside the bounds (written by an older tt or an import before them), or null. */
export function entryProblem(e: Pick<Entry, 'start' | 'end'>, now: number): string | null {
  const start = instantProblem(e.start, now, STORED_SLACK_MS);
  if (start) return `starts ${start}`;
  if (e.end === null) return null;
  const end = instantProblem(e.end, now, STORED_SLACK_MS);
  return end ? `ends ${end}` : null;
}

/** An instant as ISO-8601 for messages, also for the years Date can hold but days cannot be cut in. */
export function describeInstant(instant: number): string {
  return Number.isFinite(instant) && Math.abs(instant) <= 8.64e15 ? new Date(instant).toISOString().replace(/:00\.000Z$/, 'Z') : String(instant);
}

/**
 * Refuses an entry typed by hand that would last longer than a day unless `--long` was given: a
 * typo in a year, or a timer forgotten over a weekend, must not become a 60-hour invoice line.
 */
export function requireLongFlag(ms: number, long: boolean | undefined, what: string, hint: string): void {
  if (long || ms <= LONG_ENTRY_MS) return;
  throw new UsageError(`${what} would last ${formatHM(ms)}, longer than 24 hours`, hint);
}
