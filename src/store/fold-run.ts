// Folding with the real validators, for the store's callers. The fold returns the repos of the
// activity records it merged; the caller has their client decided (repo-decide.ts), so the prompt
// knows a new repo's client. repo-decide.ts is not imported here: it brings picomatch, and this file
// is part of dist/timers.cjs, which loads repo-decide from dist/decide.cjs only when there is a repo
// to decide (scripts/build.mjs).
import { foldLocked, type FoldResult } from './fold.ts';
import { tryWithLock } from './lock.ts';
import type { Store } from './store.ts';
import { validateActivity, validateTime } from './validators.ts';

/** Folds when the lock is free; when another process holds it, that one folds (and returns null here). */
export function foldWithSchemas(store: Store): FoldResult | null {
  const { ctx, p } = store;
  if (!ctx.fs.existsSync(p.root)) return null;
  const device = store.device();
  return tryWithLock(ctx, p.lock, () => foldLocked(ctx, p, { validateTime, validateActivity, device })) ?? null;
}

export function foldBlocking(store: Store): FoldResult {
  const { ctx, p } = store;
  const device = store.device();
  return store.lock(() => foldLocked(ctx, p, { validateTime, validateActivity, device }));
}

/** Decides the client of the repos a fold brought in; never fails the command (the map is derived). */
export async function decideFolded(store: Store, result: FoldResult | null): Promise<void> {
  if (!result?.repos.size) return;
  try {
    const { decideRepos } = await import('./repo-decide.ts');
    decideRepos(store, result.repos);
  } catch {
    /* the repo map is derived state for the prompt: the next fold or `tt status` decides again */
  }
}
