// tt sync: share this data folder with your other machines through any git remote.
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { isRepo } from '../sync/repo.ts';
import { sync as syncFolder, type SyncReport } from '../sync/sync.ts';
import { printJson } from '../ui/entry-json.ts';

export interface SyncOptions {
  json?: boolean;
  restore?: boolean;
}

export function printReport(ctx: Ctx, r: SyncReport, json: boolean): void {
  if (json) {
    printJson(ctx.out, r);
    return;
  }
  for (const n of r.notes) ctx.err(`tt: note: ${n}\n`);
  for (const o of r.overrides) ctx.out(`Overrode: ${o}\n`);
  if (!r.committed && !r.pulled && !r.pushed) {
    ctx.out('Already in sync.\n');
    return;
  }
  const parts: string[] = [];
  if (r.committed) parts.push('committed local changes');
  if (r.pulled) parts.push(`took ${r.pulled} change(s) from other devices`);
  if (r.restored) parts.push(`put back ${r.restored} record(s) the remote had lost`);
  if (r.pushed) parts.push('pushed');
  ctx.out(`Synced: ${parts.join(', ')}.\n`);
}

export async function sync(ctx: Ctx, opts: SyncOptions): Promise<void> {
  const store = new Store(ctx);
  if (!isRepo(ctx.fs, store.p.root)) {
    throw new UsageError('this data folder does not sync yet', 'Run `tt sync init GIT_REMOTE_URL` first (any git remote: a bare repo on a server, a USB disk, a hosted repo).');
  }
  printReport(ctx, await syncFolder(store, { restore: Boolean(opts.restore) }), Boolean(opts.json));
}

export const run = (ctx: Ctx, inv: Invocation): Promise<void> => sync(ctx, inv.opts as SyncOptions);
