// tt delete REF [--force]
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { localDate } from '../core/time.ts';
import { deleteEntry } from '../entries/change.ts';
import { Store } from '../store/store.ts';
import { label, span } from '../ui/entry-text.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const o = inv.opts as { force?: boolean };
  const { entry, invoices } = await deleteEntry(ctx, store, inv.args[0] ?? '', o.force);
  ctx.out(`Deleted ${label(entry)} ${localDate(entry.start, tz)} ${span(entry, tz, ctx.now())} (\`tt undo\` brings it back).\n`);
  for (const i of invoices) ctx.err(`tt: note: invoice ${i.number} billed it; a note on the invoice now says it no longer matches its entries\n`);
}
