// tt continue [REF] [--at T] [--long]: a new timer like an earlier entry (default: the most recent).
import type { Ctx } from '../platform/context.ts';
import { loadEntries } from '../store/load.ts';
import { UsageError } from '../core/errors.ts';
import { resolveRef } from '../core/ids.ts';
import { parseInstant } from '../core/instant.ts';
import { Store } from '../store/store.ts';
import { reportStart, startTimer } from './start.ts';

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
  const h = await loadEntries(ctx, store, { remember: false });
  if (!h.entries.length) throw new UsageError('there is nothing to continue yet', 'Start a timer with `tt start CLIENT`.');
  const ref = given ?? '@1';
  let from = resolveRef(ref, h.entries);
  if (from.end === null && !given) {
    // The most recent entry is the running one: continuing means the one before it.
    from = resolveRef('@2', h.entries);
  }
  if (from.end === null) throw new UsageError(`${from.client} is already running`, '`tt status` shows it.');
  const r = startTimer(store, { client: from.client, project: from.project, tags: from.tags, note: from.note, estimateMin: from.estimateMin }, at, o.long);
  reportStart(ctx, store, r, Boolean(o.json));
}
