// tt delete REF
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import { resolveRef } from '../core/ids.ts';
import { replay } from '../core/replay.ts';
import { localDate } from '../core/time.ts';
import { Store, newId } from '../store/store.ts';
import { label, span } from '../ui/entry-text.ts';

/** `delete` is a keyword, hence the name. */
export async function deleteEntry(ctx: Ctx, ref: string): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const h = await loadHistory(ctx, store, 'fix');
  const entry = resolveRef(ref, h.entries);
  const ev = { ...store.stamp(newId()), id: newId(), kind: 'delete' as const, entry: entry.id };
  store.lock(() => {
    store.append([ev]);
    store.syncTimer(replay([...h.events, ev]));
  });
  ctx.out(`Deleted ${label(entry)} ${localDate(entry.start, tz)} ${span(entry, tz, ctx.now())} (\`tt undo\` brings it back).\n`);
}
