// tt status: the running timer against its estimate, and what needs attention.
import type { Ctx } from '../platform/context.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { formatHM, hours } from '../core/duration.ts';
import { timerWarnings } from '../core/timer-checks.ts';
import { formatNear } from '../core/time.ts';
import { visible } from '../core/visible.ts';
import { Store } from '../store/store.ts';
import { captureNotes } from '../hooks/status-notes.ts';
import { label } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';

export interface StatusOptions {
  json?: boolean;
}

export async function status(ctx: Ctx, opts: StatusOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const timer = store.timer();
  const now = ctx.now();
  const capture = await captureNotes(store, timer); // the nudge comes first: capture at the moment
  if (opts.json) {
    printJson(ctx.out, {
      running: timer !== null,
      entry: timer ? entryJson(timer, now) : null,
      elapsedHours: timer ? hours(now - timer.start) : null,
      estimateHours: timer?.estimateMin ? hours(timer.estimateMin * 60_000) : null,
      warnings: timerWarnings(timer, now, tz).map((w) => ({ check: w.check, message: w.message })),
      capture: capture.json,
    });
    return;
  }
  for (const line of capture.lines) ctx.out(`${line}\n`);
  if (!timer) {
    ctx.out('No timer is running.\n');
    return;
  }
  const ran = formatHM(now - timer.start);
  const estimate = timer.estimateMin ? ` of ${formatHM(timer.estimateMin * 60_000)} estimate` : '';
  const note = timer.note ? `  "${visible(timer.note)}"` : '';
  ctx.out(`${visible(label(timer))}  ${ran}${estimate}  (since ${formatNear(timer.start, now, tz)})${note}\n`);
  warnAboutTimer(ctx, timer, tz);
}
