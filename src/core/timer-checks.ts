// Named checks on a running timer, pure over plain data: a timer forgotten overnight or for more
// than ten hours, and one that has run past its estimate.
import type { Entry } from './events.ts';
import { requireLongFlag } from './bounds.ts';
import { formatHM } from './duration.ts';
import { addDays, formatClock, formatLocal, formatNear, localDate, localParts, parseDateString, wallToInstant } from './time.ts';

export const LONG_RUNNING_MS = 10 * 3600_000;

export interface TimerWarning {
  check: 'long-running' | 'past-midnight' | 'over-estimate';
  message: string;
}

function name(e: Entry): string {
  return e.project ? `${e.client}/${e.project}` : e.client;
}

export function timerWarnings(timer: Entry | null, now: number, tz: string): TimerWarning[] {
  if (!timer || timer.end !== null) return [];
  const out: TimerWarning[] = [];
  const ran = now - timer.start;
  const crossed = localDate(timer.start, tz) !== localDate(now, tz);
  if (crossed || ran > LONG_RUNNING_MS) {
    const since = `${localDate(timer.start, tz)} ${formatClock(timer.start, tz)}`;
    out.push({
      check: crossed ? 'past-midnight' : 'long-running',
      message: `${name(timer)} has been running since ${since} (${formatHM(ran)}${crossed ? ', past midnight' : ''}). If you forgot it, stop it when you did: ${stopWhen(timer.start, now, tz)}`,
    });
  }
  if (timer.estimateMin && ran > timer.estimateMin * 60_000) {
    out.push({ check: 'over-estimate', message: `${name(timer)} has run ${formatHM(ran)} against a ${formatHM(timer.estimateMin * 60_000)} estimate` });
  }
  return out;
}

/**
 * The stop a forgotten timer's hint suggests: 18:00 on the day it started, or, for a timer started
 * at 18:00 or later, the next full hour after its start (never a stop before the start: after
 * `tt start acme --at "yesterday 22:00"` the hint said 18:00 yesterday). When even that is not yet
 * past, plain `tt stop`. The day is named only when it is not today, or always with `dated` (when
 * `now` is a stop time given with --at rather than the clock, "HH:MM" would be read from the clock).
 */
export function stopWhen(start: number, now: number, tz: string, dated = false): string {
  const day = localDate(start, tz);
  const date = parseDateString(day)!;
  let at = wallToInstant({ ...date, hour: 18, minute: 0, second: 0 }, tz);
  if (at <= start) {
    const hour = localParts(start, tz).hour + 1;
    const d = hour === 24 ? parseDateString(addDays(day, 1))! : date;
    at = wallToInstant({ ...d, hour: hour % 24, minute: 0, second: 0 }, tz);
  }
  return at <= now ? `tt stop --at "${dated ? formatLocal(at, tz) : formatNear(at, now, tz)}"` : 'tt stop';
}

/**
 * Stopping a timer (by `stop`, or by starting another) after more than 24 hours needs --long: the
 * usual cause is a timer forgotten overnight or over a weekend, and the fix is to stop it when the
 * work ended. `command` is what the user ran, for the hint.
 */
export function requireLongStop(running: Entry, at: number, long: boolean | undefined, tz: string, command: 'stop' | 'start'): void {
  const day = localDate(running.start, tz);
  const keep = command === 'stop' ? 'tt stop --long' : 'give --long';
  requireLongFlag(
    at - running.start,
    long,
    `${name(running)}, running since ${day} ${formatClock(running.start, tz)},`,
    `If you forgot it, stop it when you did: ${stopWhen(running.start, at, tz, true)}. To keep all of it: ${keep}. \`tt cancel\` discards it.`,
  );
}
