// tt delete REF
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import type { Invocation } from '../cli/runner.ts';
import { resolveRef } from '../core/ids.ts';
import { replay } from '../core/replay.ts';
import { localDate } from '../core/time.ts';
import { Store } from '../store/store.ts';
import { label, span } from '../ui/entry-text.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const h = await loadHistory(ctx, store, 'fix');
  const entry = resolveRef(inv.args[0] ?? '', h.entries);
  const ev = { ...store.stamp(store.newId()), id: store.newId(), kind: 'delete' as const, entry: entry.id };
  store.transaction((tx) => {
    tx.append([ev]);
    tx.syncTimer(replay([...h.events, ev]));
  });
  ctx.out(`Deleted ${label(entry)} ${localDate(entry.start, tz)} ${span(entry, tz, ctx.now())} (\`tt undo\` brings it back).\n`);
}
