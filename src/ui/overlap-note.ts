// add and edit warn when an entry shares time with another one, and say which.
import type { Ctx } from '../platform/context.ts';
import type { Entry } from '../core/events.ts';
import { overlapping } from '../core/intervals.ts';
import { formatClock, formatLocal } from '../core/time.ts';
import { label } from './entry-text.ts';

export function warnOverlaps(ctx: Ctx, entries: readonly Entry[], e: Pick<Entry, 'id' | 'start' | 'end'>, tz: string): void {
  const now = ctx.now();
  for (const o of overlapping(entries, { start: e.start, end: e.end ?? now }, now, e.id)) {
    const end = o.end === null ? 'now' : formatClock(o.end, tz);
    ctx.err(`tt: warning: overlaps ${label(o)} ${formatLocal(o.start, tz)}–${end} (${o.id.slice(-6)})\n`);
  }
}
