// tt undo: reverts the most recent change to tracked time; run again to go further back.
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import { UsageError } from '../core/errors.ts';
import type { TimeEvent } from '../core/events.ts';
import { lastUndoableAction, replay } from '../core/replay.ts';
import { Store, newId } from '../store/store.ts';
import { describeAction } from '../ui/describe-action.ts';

export async function undo(ctx: Ctx): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const h = await loadHistory(ctx, store, 'fix');
  const action = lastUndoableAction(h.events);
  if (!action) throw new UsageError('there is nothing to undo');
  // Describe the action against the entries as they were before it: a deleted entry is gone after.
  const what = describeAction(h.events.filter((e) => e.action === action), replay(h.events.filter((e) => e.action !== action)), tz);
  const ev: TimeEvent = { ...store.stamp(newId()), id: newId(), kind: 'undo', undoes: action };
  store.lock(() => {
    store.append([ev]);
    store.syncTimer(replay([...h.events, ev]));
  });
  ctx.out(`Undid: ${what}.\n`);
}
