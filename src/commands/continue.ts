// tt continue [CLIENT|REF] [--at T] [--long]: a new timer like an earlier entry (default: the one stopped last).
import type { Ctx } from '../platform/context.ts';
import { parseInstant } from '../core/instant.ts';
import { Store } from '../store/store.ts';
import { continueTimer } from '../timers/continue.ts';
import { printStarted } from '../timers/start-text.ts';

export interface ContinueOptions {
  at?: string;
  long?: boolean;
  json?: boolean;
}

/** `continue` is a keyword, hence the name. */
export async function continueEntry(ctx: Ctx, given: string | undefined, o: ContinueOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const at = o.at ? await parseInstant(o.at, { now: ctx.now(), tz, flag: '--at', zoneProblem: store.zoneProblem() }) : undefined; // now: read under the lock
  printStarted(ctx, tz, await continueTimer(ctx, store, given, at, o.long), Boolean(o.json));
}
