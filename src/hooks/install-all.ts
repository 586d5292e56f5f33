// `tt hooks install` and `uninstall` over what was asked for: the global template (--global), every
// repo under folders (--scan), or the repo here. For the repo here a refusal is an error; in a scan it
// is one line of many, and a scan's uninstall lists only the repos it changed.
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { expandHome } from '../core/repo-rules.ts';
import type { Ctx } from '../platform/context.ts';
import type { Store } from '../store/store.ts';
import { installGlobal, uninstallGlobal, type GlobalOutcome } from './global.ts';
import { installRepo, refusalError, uninstallRepo, type RepoOutcome } from './install.ts';
import { findRepos } from './scan.ts';

export interface HooksRequest {
  global?: boolean;
  scan?: string[];
}

export interface HooksOutcome {
  repos: RepoOutcome[];
  global: GlobalOutcome | null;
}

function scanned(ctx: Ctx, dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => findRepos(resolve(ctx.cwd, expandHome(dir, ctx.home))));
}

export async function installHooks(ctx: Ctx, store: Store, r: HooksRequest): Promise<HooksOutcome> {
  const scan = r.scan ?? [];
  const global = r.global ? await installGlobal(ctx, store) : null;
  const repos: RepoOutcome[] = [];
  if (scan.length) {
    for (const top of scanned(ctx, scan)) repos.push(await installRepo(ctx, store, top));
  } else if (!global) {
    const one = await installRepo(ctx, store, ctx.cwd);
    if (one.result !== 'installed') throw refusalError(one);
    repos.push(one);
  }
  return { repos, global };
}

export async function uninstallHooks(ctx: Ctx, store: Store, r: HooksRequest): Promise<HooksOutcome> {
  const scan = r.scan ?? [];
  const global = r.global ? await uninstallGlobal(ctx, store) : null;
  const repos: RepoOutcome[] = [];
  if (scan.length) {
    for (const top of scanned(ctx, scan)) {
      const o = await uninstallRepo(ctx, store, top);
      if (o.changes.some((c) => c.action === 'removed' || c.action === 'restored')) repos.push(o);
    }
  } else if (!r.global) {
    const one = await uninstallRepo(ctx, store, ctx.cwd);
    if (one.result === 'refused') {
      throw new UsageError(one.reason?.startsWith('is ') === true ? `${ctx.cwd} ${one.reason}` : `${ctx.cwd} is not inside a git repository`, 'Run it inside a repo, or use --global / --scan DIR.');
    }
    repos.push(one);
  }
  return { repos, global };
}
