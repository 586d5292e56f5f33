// tt continue [REF] [--at T] [--long]: a new timer like an earlier entry (default: the most recent).
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { parseInstant } from '../core/instant.ts';
import { Store } from '../store/store.ts';
import { continueTimer } from '../timers/continue.ts';
import { printStarted } from '../timers/start-text.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const o = inv.opts as { at?: string; long?: boolean; json?: boolean };
  const at = o.at ? await parseInstant(o.at, { now: ctx.now(), tz, flag: '--at', zoneProblem: store.zoneProblem() }) : undefined; // now: read under the lock
  printStarted(ctx, tz, await continueTimer(ctx, store, inv.args[0], at, o.long), Boolean(o.json));
}
