// `tt continue`: a new timer like an earlier entry (by default the most recent one that has ended).
import { UsageError } from '../core/errors.ts';
import { resolveRef } from '../core/ids.ts';
import type { Ctx } from '../platform/context.ts';
import { loadEntries } from '../store/load.ts';
import type { Store } from '../store/store.ts';
import { startTimer, type Started } from './start.ts';

/** Starts a timer with the client, project, tags, note and estimate of the entry `ref` names. */
export async function continueTimer(ctx: Ctx, store: Store, ref: string | undefined, given: number | undefined, long?: boolean): Promise<Started> {
  const h = await loadEntries(ctx, store, { remember: false });
  if (!h.entries.length) throw new UsageError('there is nothing to continue yet', 'Start a timer with `tt start CLIENT`.');
  let from = resolveRef(ref ?? '@1', h.entries);
  // The most recent entry is the running one: continuing means the one before it.
  if (from.end === null && !ref) from = resolveRef('@2', h.entries);
  if (from.end === null) throw new UsageError(`${from.client} is already running`, '`tt status` shows it.');
  return startTimer(store, { client: from.client, project: from.project, tags: from.tags, note: from.note, estimateMin: from.estimateMin }, given, long);
}
