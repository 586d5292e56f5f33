// tt undo: reverts the most recent change to tracked time; run again to go further back.
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import type { Invocation } from '../cli/runner.ts';
import { UsageError } from '../core/errors.ts';
import type { TimeEvent } from '../core/events.ts';
import { lastUndoableAction, replay } from '../core/replay.ts';
import { Store } from '../store/store.ts';
import { describeAction } from '../ui/describe-action.ts';

export async function run(ctx: Ctx, _inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const h = await loadHistory(ctx, store, 'fix');
  const action = lastUndoableAction(h.events);
  if (!action) throw new UsageError('there is nothing to undo');
  // Describe the action against the entries as they were before it: a deleted entry is gone after.
  const what = describeAction(h.events.filter((e) => e.action === action), replay(h.events.filter((e) => e.action !== action)), tz);
  const ev: TimeEvent = { ...store.stamp(store.newId()), id: store.newId(), kind: 'undo', undoes: action };
  store.transaction((tx) => {
    tx.append([ev]);
    tx.syncTimer(replay([...h.events, ev]));
  });
  ctx.out(`Undid: ${what}.\n`);
}
