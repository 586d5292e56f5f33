// Instants as users type them: ISO-8601, HH:MM (the most recent such time, or on a given day), or
// a natural phrase read toward the past. chrono-node is loaded only when a phrase needs it.
import { describeInstant, FUTURE_SLACK_MS, instantProblem, BOUNDS_TEXT } from './bounds.ts';
import { EnvError, UsageError } from './errors.ts';
import { addDays, localDate, localParts, offsetMinutes, parseDateString, wallToInstant, type DateString } from './time.ts';

export interface InstantOptions {
  now: number;
  tz: string;
  flag: string;
  /** When editing, HH:MM means this local day, not the most recent such time. */
  day?: DateString;
  /** Set when the zone could not be resolved (see zone-choice.ts): a wall-clock time is refused. */
  zoneProblem?: { hint: string } | null;
}
const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function wall(day: DateString, h: number, mi: number, s: number, tz: string): number {
  const d = parseDateString(day);
  if (!d || h > 23 || mi > 59 || s > 59) return NaN;
  return wallToInstant({ ...d, hour: h, minute: mi, second: s }, tz);
}

/** Parses without chrono; null when the text needs a natural-language parse. */
export function parseInstantFast(text: string, o: InstantOptions): number | null {
  const t = text.trim();
  if (t.toLowerCase() === 'now') return o.now;
  if (ISO_OFFSET.test(t)) return Date.parse(t);
  const iso = ISO_LOCAL.exec(t);
  if (iso) return wall(iso[1]!, Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), o.tz);
  const clock = CLOCK.exec(t);
  if (clock) {
    const [h, mi, s] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (o.day) return wall(o.day, h, mi, s, o.tz);
    const today = localDate(o.now, o.tz);
    const candidate = wall(today, h, mi, s, o.tz);
    // HH:MM is the most recent such time: 23:50 typed at 00:10 means yesterday.
    return candidate > o.now + FUTURE_SLACK_MS ? wall(addDays(today, -1), h, mi, s, o.tz) : candidate;
  }
  return null;
}

async function parseWithChrono(text: string, o: InstantOptions): Promise<number | null> {
  const chrono = await import('./phrase.ts');
  const ref = { instant: new Date(o.now), timezone: offsetMinutes(o.now, o.tz) };
  const results = chrono.parse(text, ref, { forwardDate: false });
  const first = results[0];
  if (!first || first.index !== 0 || first.text.trim().length < text.trim().length) return null;
  const c = first.start;
  const instant = c.date().getTime();
  // Far outside the bounds ("99999999999 minutes ago"), Intl cannot even format it: parseInstant refuses it.
  // A weekday chrono read ahead is at most a week away: towardPast moves it back below.
  const problem = instantProblem(instant, o.now);
  if (problem && !(problem === 'in the future' && c.isCertain('weekday'))) return instant;
  // chrono works at one fixed offset; where the result lies across a DST change from now, read the
  // wall time it meant again in the real zone.
  if (offsetMinutes(instant, o.tz) !== ref.timezone && c.isCertain('hour')) {
    const p = localParts(instant + (ref.timezone - offsetMinutes(instant, o.tz)) * 60_000, o.tz);
    const again = wallToInstant({ ...p, hour: c.get('hour') ?? p.hour, minute: c.get('minute') ?? 0, second: c.get('second') ?? 0 }, o.tz);
    return towardPast(again, c, first.text, o);
  }
  // A bare weekday or "yesterday" without a time has no certain hour: chrono fills in noon; keep it.
  return towardPast(instant, c, first.text, o);
}

type Components = { isCertain(k: 'weekday' | 'day'): boolean };

/**
 * A weekday ("monday 9:00", "this monday 9am") means the most recent such day, today included when
 * the time has passed. chrono picks the closest one, or with "this" the coming one, so on a
 * Saturday "monday 9:00" was two days ahead and refused as "in the future". Such a result moves back
 * a week, as a wall time (a week across a DST change keeps its 9:00). "next monday" asks for the
 * future on purpose and is left to be refused; a weekday with its date ("monday dec 7") is that date.
 */
function towardPast(instant: number, c: Components, text: string, o: InstantOptions): number {
  if (instant <= o.now + FUTURE_SLACK_MS || !c.isCertain('weekday') || c.isCertain('day') || /\bnext\b/i.test(text)) {
    return instant;
  }
  const p = localParts(instant, o.tz);
  const day = parseDateString(addDays(localDate(instant, o.tz), -7))!;
  return wallToInstant({ ...day, hour: p.hour, minute: p.minute, second: p.second }, o.tz);
}

export async function parseInstant(text: string, o: InstantOptions): Promise<number> {
  const t = text.trim();
  // "now" and a time with its offset need no zone; anything else read in a zone tt had to guess
  // would be a wrong instant, recorded as if it were right.
  if (o.zoneProblem && t.toLowerCase() !== 'now' && !ISO_OFFSET.test(t)) {
    throw new EnvError(`${o.flag}: cannot read "${text}" without knowing your time zone`, `${o.zoneProblem.hint} Or give the time with its offset, like 2026-10-21T13:00:00+02:00.`);
  }
  let instant = parseInstantFast(text, o);
  if (instant === null) instant = await parseWithChrono(text, o);
  if (instant === null || Number.isNaN(instant)) {
    throw new UsageError(
      `${o.flag}: cannot read "${text}" as a time`,
      'Use ISO-8601 (2026-10-21T13:00:00+02:00), HH:MM, or a phrase like "10 minutes ago" or "yesterday 14:00".',
    );
  }
  const problem = instantProblem(instant, o.now);
  if (problem === 'in the future') {
    throw new UsageError(`${o.flag}: "${text}" is in the future`, 'tt records work that has happened; give a time up to now.');
  }
  if (problem) {
    throw new UsageError(`${o.flag}: "${text}" means ${describeInstant(instant)}, ${problem}`, `tt accepts times from ${BOUNDS_TEXT}; check the year.`);
  }
  return instant;
}
