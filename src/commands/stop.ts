// tt stop [--at T] [--long]
import type { Ctx } from '../platform/context.ts';
import { maybeFold } from '../store/maybe-fold.ts';
import { formatHM } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import { parseInstant } from '../core/instant.ts';
import { requireLongStop } from '../core/timer-checks.ts';
import { formatClock } from '../core/time.ts';
import { Store, newId } from '../store/store.ts';
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
  let at = 0;
  const stopped = store.lock(() => {
    // Now is read under the lock, after any command that held it: a timer started meanwhile is the
    // one stopped, never stopped before it began.
    at = given ?? ctx.now();
    const running = store.timer();
    if (!running) throw new UsageError('no timer is running', 'Start one with `tt start CLIENT`, or record past work with `tt add`.');
    if (at <= running.start) {
      const when = `${given === undefined ? 'now' : '--at'} ${formatClock(at, tz)}`;
      throw new UsageError(`${when} is not after the timer's start (${formatClock(running.start, tz)})`, '`tt cancel` discards a timer started by mistake.');
    }
    requireLongStop(running, at, o.long, tz, 'stop');
    const action = newId();
    store.append([{ ...store.stamp(action), id: newId(), kind: 'edit', entry: running.id, set: { end: new Date(at).toISOString() } }]);
    store.setTimer(null);
    return { ...running, end: at, lastAction: action };
  });
  if (o.json) printJson(ctx.out, entryJson(stopped, ctx.now()));
  else ctx.out(`Stopped ${label(stopped)} after ${formatHM(at - stopped.start)} (${formatClock(stopped.start, tz)}–${formatClock(at, tz)}).\n`);
  if (stopped.estimateMin && at - stopped.start > stopped.estimateMin * 60_000) {
    ctx.err(`tt: warning: ${label(stopped)} took ${formatHM(at - stopped.start)} against a ${formatHM(stopped.estimateMin * 60_000)} estimate\n`);
  }
  await maybeFold(store);
}
