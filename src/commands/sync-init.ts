// tt sync init URL [--device NAME]: make the data folder a git repository with that remote, name
// this device, then sync. Everything given is checked before anything is created.
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { hasCredentials, redactCredentials } from '../core/redact.ts';
import { checkRemoteUrl } from '../sync/url.ts';
import { Store } from '../store/store.ts';
import { deviceNameProblem } from '../store/device-names.ts';
import { Git, syncEnv } from '../sync/git.ts';
import { initRepo } from '../sync/repo.ts';
import { seedSettings, sync } from '../sync/sync.ts';
import { printReport } from '../sync/report-text.ts';

export interface SyncInitOptions {
  json?: boolean;
  device?: string;
}

export async function syncInit(ctx: Ctx, url: string, opts: SyncInitOptions): Promise<void> {
  checkRemoteUrl(url); // before anything is created
  const problem = opts.device === undefined ? null : deviceNameProblem(opts.device);
  if (problem) throw new UsageError(`--device: ${problem}`, 'Name this machine as you would tell it apart: tt sync init URL --device laptop');
  const store = new Store(ctx);
  store.ensureWritable();
  const git = new Git(store.p.root, syncEnv(ctx.env));
  await store.lockAsync(async () => {
    await initRepo(ctx.fs, git, url, store.device());
    if (opts.device !== undefined) await seedSettings(store, opts.device.trim());
  });
  ctx.out(`This data folder now syncs with ${redactCredentials(url)}.\n`);
  if (hasCredentials(url)) {
    ctx.err('tt: note: the URL holds a password or token; git keeps it in the data folder\'s .git/config (readable by you only)\n');
    ctx.err('  A git credential helper keeps it out of files: see `git help credentials`.\n');
  }
  printReport(ctx, await sync(store), Boolean(opts.json));
}
