// tt delete REF
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { localDate } from '../core/time.ts';
import { deleteEntry } from '../entries/change.ts';
import { Store } from '../store/store.ts';
import { label, span } from '../ui/entry-text.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const entry = await deleteEntry(ctx, store, inv.args[0] ?? '');
  ctx.out(`Deleted ${label(entry)} ${localDate(entry.start, tz)} ${span(entry, tz, ctx.now())} (\`tt undo\` brings it back).\n`);
}
