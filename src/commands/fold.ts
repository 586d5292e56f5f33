// tt fold (hidden): folds the journal now, waiting for the lock. Used by tests and maintenance.
import type { Ctx } from '../platform/context.ts';
import { decideFolded, foldBlocking } from '../store/fold-run.ts';
import { count } from '../core/plural.ts';
import { Store } from '../store/store.ts';

export async function fold(ctx: Ctx): Promise<void> {
  const store = new Store(ctx);
  store.ensureWritable();
  const r = foldBlocking(store);
  await decideFolded(store, r);
  for (const w of r.warnings) ctx.err(`tt: warning: ${w}\n`);
  ctx.out(`Folded ${count(r.folded, 'record')}.\n`);
}
