// Folding with the real validators, for the store's callers; then the client of every repo the fold
// brought in is decided (repo-decide.ts), so the prompt knows a new repo's client.
import { foldLocked, type FoldResult } from './fold.ts';
import { tryWithLock } from './lock.ts';
import { decideRepos } from './repo-decide.ts';
import type { Store } from './store.ts';
import { validateActivity, validateTime } from './validators.ts';

function decided(store: Store, result: FoldResult): void {
  if (!result.repos.size) return;
  try {
    decideRepos(store, result.repos);
  } catch {
    /* the repo map is derived state for the prompt; a fold never fails for it */
  }
}

/** Folds when the lock is free and returns warnings; when another process holds it, that one folds. */
export function foldWithSchemas(store: Store): string[] {
  const { ctx, p } = store;
  if (!ctx.fs.existsSync(p.root)) return [];
  const device = store.device();
  const result = tryWithLock(ctx, p.lock, () => foldLocked(ctx, p, { validateTime, validateActivity, device }));
  if (result) decided(store, result);
  return result?.warnings ?? [];
}

export function foldBlocking(store: Store): { folded: number; warnings: string[] } {
  const { ctx, p } = store;
  const device = store.device();
  const result = store.lock(() => foldLocked(ctx, p, { validateTime, validateActivity, device }));
  decided(store, result);
  return result;
}
