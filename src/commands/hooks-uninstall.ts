// tt hooks uninstall [--global] [--scan DIR...]: put back exactly what was there before.
import { resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { expandHome } from '../core/repo-rules.ts';
import { UsageError } from '../core/errors.ts';
import { uninstallGlobal } from '../hooks/global.ts';
import { uninstallRepo, type RepoOutcome } from '../hooks/install.ts';
import { findRepos } from '../hooks/scan.ts';
import { hooksJson, printOutcomes } from '../hooks/outcome-text.ts';
import { Store } from '../store/store.ts';

export interface HooksUninstallOptions {
  global?: boolean;
  scan?: string[];
  json?: boolean;
}

export async function hooksUninstall(ctx: Ctx, opts: HooksUninstallOptions): Promise<void> {
  const store = new Store(ctx);
  const scan = opts.scan ?? [];
  const global = opts.global ? await uninstallGlobal(ctx, store) : null;
  const repos: RepoOutcome[] = [];
  if (scan.length) {
    for (const dir of scan) {
      for (const top of findRepos(resolve(ctx.cwd, expandHome(dir, ctx.home)))) {
        const o = await uninstallRepo(ctx, store, top);
        if (o.changes.some((c) => c.action === 'removed' || c.action === 'restored')) repos.push(o);
      }
    }
  } else if (!opts.global) {
    const one = await uninstallRepo(ctx, store, ctx.cwd);
    if (one.result === 'refused') {
      throw new UsageError(one.reason?.startsWith('is ') === true ? `${ctx.cwd} ${one.reason}` : `${ctx.cwd} is not inside a git repository`, 'Run it inside a repo, or use --global / --scan DIR.');
    }
    repos.push(one);
  }
  if (opts.json) {
    ctx.out(`${JSON.stringify(hooksJson(repos, global), null, 2)}\n`);
    return;
  }
  printOutcomes(ctx, repos, global, 'uninstall');
}
