// start and stop fold only when the journal has grown large, so they stay O(1) per call while the
// journal never grows without bound.
import type { Store } from './store.ts';

const FOLD_AT_BYTES = 256 * 1024;

export async function maybeFold(store: Store): Promise<void> {
  try {
    if (store.ctx.fs.statSync(store.p.journal).size < FOLD_AT_BYTES) return;
  } catch {
    return;
  }
  for (const w of await store.fold()) store.ctx.err(`tt: warning: ${w}\n`);
}
