// tt hooks status: where tt's hooks are, whether each would record, and what they chain to.
import { join } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { excludedBy, excludeRules } from '../hooks/exclude.ts';
import { bakedDataDir } from '../hooks/install.ts';
import { readRegistry } from '../hooks/registry.ts';
import { repoHooks } from '../hooks/repo.ts';
import { captureBlockers, hooksDirStatus, type HookStatus } from '../hooks/status.ts';
import { Store } from '../store/store.ts';

interface RepoStatus {
  top: string;
  hooksDir: string;
  current: boolean;
  known: boolean;
  hooks: HookStatus[];
  wouldRecord: boolean;
  blockers: string[];
}

export async function hooksStatus(ctx: Ctx, opts: { json?: boolean }): Promise<void> {
  const store = new Store(ctx);
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
  if (opts.json) {
    ctx.out(`${JSON.stringify({ dataDir: data, journal: join(data, 'journal.ndjson'), global, repos }, null, 2)}\n`);
    return;
  }
  ctx.out(global ? `New repos: tt's hooks come from ${global.templateDir} (${global.mode === 'own' ? 'tt\'s template folder' : 'your template folder'})\n` : 'New repos: not set up (tt hooks install --global)\n');
  if (!repos.length) ctx.out('No repo has tt\'s hooks yet (tt hooks install, or --scan DIR).\n');
  for (const r of repos) {
    ctx.out(`\n${r.top}${r.current ? '  (this repo)' : ''}\n  hooks folder: ${r.hooksDir}\n`);
    for (const h of r.hooks) ctx.out(`  ${h.hook.padEnd(14)} ${h.state}${h.chainsTo ? `, runs first: ${h.chainsTo}` : ''}\n`);
    ctx.out(r.wouldRecord ? '  a commit here would be recorded\n' : `  a commit here would NOT be recorded: ${r.blockers.join('; ')}\n`);
  }
  ctx.out(`\nJournal: ${join(data, 'journal.ndjson')} ($TT_HOME, when set where git runs, wins)\n`);
}
