// tt sync: share this data folder with your other machines through any git remote.
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { isRepo } from '../sync/repo.ts';
import { printReport } from '../sync/report-text.ts';
import { sync as syncFolder } from '../sync/sync.ts';

export interface SyncOptions {
  json?: boolean;
  restore?: boolean;
}

export async function sync(ctx: Ctx, opts: SyncOptions): Promise<void> {
  const store = new Store(ctx);
  if (!isRepo(ctx.fs, store.p.root)) {
    throw new UsageError('this data folder does not sync yet', 'Run `tt sync init GIT_REMOTE_URL` first (any git remote: a bare repo on a server, a USB disk, a hosted repo).');
  }
  printReport(ctx, await syncFolder(store, { restore: Boolean(opts.restore) }), Boolean(opts.json));
}
