// tt delete REF [--force]
import type { Ctx } from '../platform/context.ts';
import { localDate } from '../core/time.ts';
import * as entries from '../entries/change.ts';
import { Store } from '../store/store.ts';
import { label, span } from '../ui/entry-text.ts';

export interface DeleteOptions {
  force?: boolean;
}

/** `delete` is a keyword, hence the name. */
export async function deleteEntry(ctx: Ctx, ref: string, o: DeleteOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const { entry, invoices } = await entries.deleteEntry(ctx, store, ref, o.force);
  ctx.out(`Deleted ${label(entry)} ${localDate(entry.start, tz)} ${span(entry, tz, ctx.now())} (\`tt undo\` brings it back).\n`);
  for (const i of invoices) ctx.err(`tt: note: invoice ${i.number} billed it; a note on the invoice now says it no longer matches its entries\n`);
}
