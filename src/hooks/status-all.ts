// `tt hooks status`: every repo tt installed into (and the one here), each hooks folder's state, and
// whether a commit there would be recorded, with what stands in the way.
import { join } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import type { Store } from '../store/store.ts';
import { excludedBy, excludeRules } from '../core/repo-exclude.ts';
import { bakedDataDir } from './install.ts';
import { readRegistry, type GlobalEntry } from './registry.ts';
import { repoHooks } from './repo.ts';
import { captureBlockers, hooksDirStatus, type HookStatus } from './status.ts';

export interface RepoStatus {
  top: string;
  hooksDir: string;
  current: boolean;
  known: boolean;
  hooks: HookStatus[];
  wouldRecord: boolean;
  blockers: string[];
}

export interface HooksStatus {
  dataDir: string;
  journal: string;
  global: { templateDir: string; mode: GlobalEntry['mode']; hooks: HookStatus[] } | null;
  repos: RepoStatus[];
}

export async function hooksStatus(ctx: Ctx, store: Store): Promise<HooksStatus> {
  const data = bakedDataDir(store);
  const reg = ctx.fs.existsSync(store.p.root) ? readRegistry(ctx.fs, store.p.root) : { version: 1 as const, repos: [], global: null };
  const rules = excludeRules(store.config()['hooks.exclude']);
  const here = await repoHooks(ctx.cwd, ctx.env);
  const list = reg.repos.map((r) => ({ top: r.top, hooksDir: r.hooksDir, known: true }));
  if (here && !list.some((r) => r.hooksDir === here.hooksDir)) list.unshift({ top: here.top, hooksDir: here.hooksDir, known: false });
  const repos: RepoStatus[] = list.map((r) => {
    const hooks = hooksDirStatus(ctx, r.hooksDir);
    const blockers = captureBlockers(ctx, data, excludedBy(rules, r.top, ctx.home));
    const missing = hooks.filter((h) => h.hook === 'post-commit' && h.state !== 'installed');
    if (missing.length) blockers.unshift(`post-commit is ${missing[0]!.state}`);
    return { ...r, current: here?.hooksDir === r.hooksDir, hooks, wouldRecord: blockers.length === 0, blockers };
  });
  const global = reg.global ? { templateDir: reg.global.templateDir, mode: reg.global.mode, hooks: hooksDirStatus(ctx, join(reg.global.templateDir, 'hooks')) } : null;
  return { dataDir: data, journal: join(data, 'journal.ndjson'), global, repos };
}
