// tt sync init URL: make the data folder a git repository with that remote, then sync.
import type { Ctx } from '../platform/context.ts';
import { hasCredentials, redactCredentials } from '../core/redact.ts';
import { checkRemoteUrl } from '../sync/url.ts';
import { Store } from '../store/store.ts';
import { initRepo } from '../sync/repo.ts';
import { sync } from '../sync/sync.ts';
import { printReport } from '../sync/report-text.ts';

export async function syncInit(ctx: Ctx, url: string, opts: { json?: boolean }): Promise<void> {
  checkRemoteUrl(url); // before anything is created
  const store = new Store(ctx);
  store.ensureWritable();
  store.lock(() => initRepo(ctx.fs, store.p.root, url, store.device()));
  ctx.out(`This data folder now syncs with ${redactCredentials(url)}.\n`);
  if (hasCredentials(url)) {
    ctx.err('tt: note: the URL holds a password or token; git keeps it in the data folder\'s .git/config (readable by you only)\n');
    ctx.err('  A git credential helper keeps it out of files: see `git help credentials`.\n');
  }
  printReport(ctx, await sync(store), Boolean(opts.json));
}
