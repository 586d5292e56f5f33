// Printing what install and uninstall did, as text or as the --json document.
import type { Ctx } from '../platform/context.ts';
import type { GlobalOutcome } from './global.ts';
import type { RepoOutcome } from './install.ts';

export function hooksJson(repos: RepoOutcome[], global: GlobalOutcome | null): unknown {
  return {
    repos: repos.map((r) => ({
      top: r.top,
      hooksDir: r.hooksDir,
      result: r.result,
      reason: r.reason ?? null,
      hooks: r.changes.map((c) => ({ hook: c.hook, path: c.path, action: c.action })),
    })),
    global: global
      ? { templateDir: global.templateDir, mode: global.mode, config: global.configRestored ?? null, hooks: global.changes.map((c) => ({ hook: c.hook, path: c.path, action: c.action })) }
      : null,
  };
}

const VERB = {
  installed: 'Installed in',
  uninstalled: 'Removed from',
  skipped: 'Skipped',
  refused: 'Refused',
} as const;

export function printOutcomes(ctx: Ctx, repos: RepoOutcome[], global: GlobalOutcome | null, mode: 'install' | 'uninstall'): void {
  if (global) {
    const where = global.mode === 'own' ? 'tt\'s own template folder, set as init.templateDir' : 'your template folder (init.templateDir)';
    ctx.out(mode === 'install'
      ? `New repos (git init, git clone) get tt's hooks from ${where}: ${global.templateDir}\n`
      : `New repos no longer get tt's hooks; ${global.configRestored === 'bytes' ? 'your global git config is back as it was' : global.mode === 'own' ? 'init.templateDir was unset' : 'your template folder is back as it was'}.\n`);
  } else if (mode === 'uninstall' && !repos.length) ctx.out('Nothing to remove.\n');
  for (const r of repos) {
    ctx.out(`${VERB[r.result]} ${r.top}${r.hooksDir && r.result !== 'skipped' && r.result !== 'refused' ? ` (${r.hooksDir})` : ''}${r.reason ? `: ${r.reason}` : ''}\n`);
    for (const c of r.changes) {
      if (c.action === 'chained') ctx.out(`  ${c.hook}: the hook that was there runs first (${c.hook}.tt-orig)\n`);
      if (c.action === 'restored') ctx.out(`  ${c.hook}: your hook is back\n`);
      if (c.action === 'foreign') ctx.out(`  ${c.hook}: not tt's hook; left as it is\n`);
    }
  }
  if (repos.length > 1) {
    const count = (k: RepoOutcome['result']): number => repos.filter((r) => r.result === k).length;
    ctx.out(mode === 'install'
      ? `${count('installed')} repo(s) installed, ${count('skipped')} skipped, ${count('refused')} refused.\n`
      : `${repos.length} repo(s) restored.\n`);
  }
}
