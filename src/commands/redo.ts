// tt redo: does again what this device's most recent `tt undo` reverted; run again to redo the undo
// before. Once this device changes something new, there is nothing to redo (as in any editor). A
// redo is recorded as an undo of the undo, so it syncs, and `tt undo` can take it back again.
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { UsageError } from '../core/errors.ts';
import type { TimeEvent } from '../core/events.ts';
import { lastRedoableUndo, replay } from '../core/replay.ts';
import { loadHistory } from '../store/load.ts';
import { Store, newId } from '../store/store.ts';
import { describeAction } from '../ui/describe-action.ts';
import { guardBilled } from './undo.ts';

export async function redo(ctx: Ctx): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const h = await loadHistory(ctx, store, 'fix');
  const undone = lastRedoableUndo(h.events, store.device());
  if (!undone) throw new UsageError('there is nothing to redo', '`tt redo` does again what `tt undo` reverted, until this device changes something new.');
  const events = h.events.filter((e) => e.action === undone.undoes);
  await guardBilled(ctx, store, h.entries, events, 'redoing it');
  const what = describeAction(events, h.entries, tz);
  const ev: TimeEvent = { ...store.stamp(newId()), id: newId(), kind: 'undo', undoes: undone.action };
  store.lock(() => {
    store.append([ev]);
    store.syncTimer(replay([...h.events, ev]));
  });
  ctx.out(`Redid: ${what}.\n`);
}

export const run = (ctx: Ctx, _inv: Invocation): Promise<void> => redo(ctx);
