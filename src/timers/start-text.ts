// What `tt start` and `tt continue` print: the timer started (and the one a switch stopped).
import type { Ctx } from '../platform/context.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { formatHM } from '../core/duration.ts';
import { formatNear } from '../core/time.ts';
import { label } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';
import type { Started } from './start.ts';

export function printStarted(ctx: Ctx, tz: string, r: Started, json: boolean): void {
  if (json) {
    printJson(ctx.out, { started: entryJson(r.started, ctx.now()), stopped: r.stopped ? entryJson(r.stopped, ctx.now()) : null });
  } else {
    if (r.stopped) ctx.out(`Stopped ${label(r.stopped)} after ${formatHM(r.stopped.end! - r.stopped.start)} (switch).\n`);
    const est = r.started.estimateMin ? `, estimate ${formatHM(r.started.estimateMin * 60_000)}` : '';
    ctx.out(`Started ${label(r.started)} at ${formatNear(r.started.start, ctx.now(), tz)}${est}.\n`);
  }
  warnAboutTimer(ctx, r.started, tz);
}
