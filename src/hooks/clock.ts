// Hooks on Linux record seconds since boot (/proc/uptime, read with a shell builtin): a clock that
// costs no process. Node turns it into a time with this boot's start. A record from before the
// last reboot (its uptime above today's) cannot be placed this way and falls back to git's times.
import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';
import type { StoredHookRecord } from '../core/activity-records.ts';

export interface Clock {
  /** Epoch ms of this boot (real time minus uptime). */
  bootMs: number;
  /** Seconds since boot now. */
  uptimeNow: number;
}

export function uptimeAt(r: Pick<StoredHookRecord, 'uptime'>, clock: Clock): number | null {
  if (r.uptime === undefined || r.uptime > clock.uptimeNow) return null;
  return Math.round(clock.bootMs + r.uptime * 1000);
}

/** `realNow`: the real clock, ctx.clock() (never the pinned TT_NOW: uptime relates to physical time). */
export function realClock(realNow: number): Clock {
  let up = uptime();
  try {
    up = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) || up; // centiseconds, like the hooks
  } catch {
    /* not Linux: hooks there carry no uptime either */
  }
  return { bootMs: realNow - up * 1000, uptimeNow: up + 1 };
}
