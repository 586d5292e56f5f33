// tt hooks install [--global] [--scan DIR...]: this repo, future repos, or every repo under folders.
import { resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { expandHome } from '../core/repo-rules.ts';
import { installGlobal } from '../hooks/global.ts';
import { installRepo, refusalError, type RepoOutcome } from '../hooks/install.ts';
import { findRepos } from '../hooks/scan.ts';
import { hooksJson, printOutcomes } from '../hooks/outcome-text.ts';
import { Store } from '../store/store.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const scan = (inv.opts.scan as string[] | undefined) ?? [];
  const global = inv.opts.global ? await installGlobal(ctx, store) : null;
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
  if (inv.opts.json) {
    ctx.out(`${JSON.stringify(hooksJson(repos, global), null, 2)}\n`);
    return;
  }
  printOutcomes(ctx, repos, global, 'install');
}
