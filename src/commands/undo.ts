// tt undo: reverts this device's most recent change to tracked time; run again to go further back.
// Another device's change, brought by sync, is that device's to undo: when the most recent change
// came from one, undo says so and takes back this device's own. It never takes an invoice back
// (`tt invoice void` does), and never changes an entry an invoice bills. `tt redo` does again what
// an undo reverted.
import type { Ctx } from '../platform/context.ts';
import { undoLast } from '../entries/change.ts';
import { Store } from '../store/store.ts';

export async function undo(ctx: Ctx): Promise<void> {
  const { what, elsewhere } = await undoLast(ctx, new Store(ctx));
  if (elsewhere) ctx.err(`tt: note: ${elsewhere}; \`tt undo\` takes back this device's own changes only\n`);
  ctx.out(`Undid: ${what}.\n`);
}
