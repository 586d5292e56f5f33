// tt undo: reverts the most recent change to tracked time; run again to go further back. It never
// takes an invoice back (`tt invoice void` does), and never changes an entry an invoice bills.
import type { Ctx } from '../platform/context.ts';
import { undoLast } from '../entries/change.ts';
import { Store } from '../store/store.ts';

export async function undo(ctx: Ctx): Promise<void> {
  ctx.out(`Undid: ${await undoLast(ctx, new Store(ctx))}.\n`);
}
