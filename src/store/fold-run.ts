// Folding with the real validators, for the store's callers.
import { foldLocked } from './fold.ts';
import { tryWithLock } from './lock.ts';
import type { Store } from './store.ts';
import { validateActivity, validateTime } from './validators.ts';

/** Folds when the lock is free and returns warnings; when another process holds it, that one folds. */
export function foldWithSchemas(store: Store): string[] {
  const { ctx, p } = store;
  if (!ctx.fs.existsSync(p.root)) return [];
  const device = store.device();
  const result = tryWithLock(ctx, p.lock, () => foldLocked(ctx, p, { validateTime, validateActivity, device }));
  return result?.warnings ?? [];
}

export function foldBlocking(store: Store): { folded: number; warnings: string[] } {
  const { ctx, p } = store;
  const device = store.device();
  return store.lock(() => foldLocked(ctx, p, { validateTime, validateActivity, device }));
}
