// tt stop [--at T] [--long]
import type { Ctx } from '../platform/context.ts';
import { maybeFold } from '../store/maybe-fold.ts';
import { formatHM } from '../core/duration.ts';
import { parseInstant } from '../core/instant.ts';
import { formatSpan } from '../core/time.ts';
import { Store } from '../store/store.ts';
import { stopTimer } from '../timers/stop.ts';
import { label } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';

export interface StopOptions {
  at?: string;
  long?: boolean;
  json?: boolean;
}

export async function stop(ctx: Ctx, o: StopOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const given = o.at ? await parseInstant(o.at, { now: ctx.now(), tz, flag: '--at', zoneProblem: store.zoneProblem() }) : undefined;
  const stopped = stopTimer(store, given, o.long);
  const at = stopped.end;
  if (o.json) printJson(ctx.out, entryJson(stopped, ctx.now()));
  else ctx.out(`Stopped ${label(stopped)} after ${formatHM(at - stopped.start)} (${formatSpan(stopped.start, at, ctx.now(), tz)}).\n`);
  if (stopped.estimateMin && at - stopped.start > stopped.estimateMin * 60_000) {
    ctx.err(`tt: warning: ${label(stopped)} took ${formatHM(at - stopped.start)} against a ${formatHM(stopped.estimateMin * 60_000)} estimate\n`);
  }
  await maybeFold(store);
}
