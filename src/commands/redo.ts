// tt redo: does again what this device's most recent `tt undo` reverted; run again to redo the undo
// before. Once this device changes something new, there is nothing to redo (as in any editor).
import type { Ctx } from '../platform/context.ts';
import { redoLast } from '../entries/change.ts';
import { Store } from '../store/store.ts';

export async function redo(ctx: Ctx): Promise<void> {
  ctx.out(`Redid: ${await redoLast(ctx, new Store(ctx))}.\n`);
}
