// tt hooks install [--global] [--scan DIR...]: this repo, future repos, or every repo under folders.
import { resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { expandHome } from '../core/repo-rules.ts';
import { installGlobal } from '../hooks/global.ts';
import { installRepo, refusalError, type RepoOutcome } from '../hooks/install.ts';
import { findRepos } from '../hooks/scan.ts';
import { hooksJson, printOutcomes } from '../hooks/outcome-text.ts';
import { Store } from '../store/store.ts';

export interface HooksInstallOptions {
  global?: boolean;
  scan?: string[];
  json?: boolean;
}

export async function hooksInstall(ctx: Ctx, opts: HooksInstallOptions): Promise<void> {
  const store = new Store(ctx);
  const scan = opts.scan ?? [];
  const global = opts.global ? await installGlobal(ctx, store) : null;
  const repos: RepoOutcome[] = [];
  if (scan.length) {
    for (const dir of scan) {
      for (const top of findRepos(resolve(ctx.cwd, expandHome(dir, ctx.home)))) repos.push(await installRepo(ctx, store, top));
    }
  } else if (!global) {
    const one = await installRepo(ctx, store, ctx.cwd);
    if (one.result !== 'installed') throw refusalError(one);
    repos.push(one);
  }
  if (opts.json) {
    ctx.out(`${JSON.stringify(hooksJson(repos, global), null, 2)}\n`);
    return;
  }
  printOutcomes(ctx, repos, global, 'install');
}
