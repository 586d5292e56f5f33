// Printing what install and uninstall did, as text or as the --json document.
import { count } from '../core/plural.ts';
import type { Ctx } from '../platform/context.ts';
import type { GlobalOutcome } from './global.ts';
import type { RepoOutcome } from './install.ts';
import type { HookChange, InstallAction, UninstallAction } from './install-dir.ts';

export function hooksJson(repos: RepoOutcome[], global: GlobalOutcome | null): unknown {
  return {
    repos: repos.map((r) => ({
      top: r.top,
      hooksDir: r.hooksDir,
      result: r.result,
      reason: r.reason ?? null,
      hooks: r.changes.map(hookJson),
    })),
    global: global
      ? { templateDir: global.templateDir, mode: global.mode, config: global.configRestored ?? null, hooks: global.changes.map(hookJson) }
      : null,
  };
}

/** One hook's change; `kept`: originals saved earlier that stay in the folder but are not run. */
function hookJson(c: HookChange<InstallAction | UninstallAction>): unknown {
  return { hook: c.hook, path: c.path, action: c.action, kept: c.kept };
}

/** The lines saying what install or uninstall found and did with one hook (none when nothing to say). */
function hookLines(c: HookChange<InstallAction | UninstallAction>): string[] {
  const out: string[] = [];
  if (c.action === 'chained') {
    out.push(c.replacedTt
      ? `  ${c.hook}: found a hook in place of tt's; it runs first now (${c.hook}.tt-orig)`
      : `  ${c.hook}: the hook that was there runs first (${c.hook}.tt-orig)`);
  }
  if (c.action === 'restored') out.push(`  ${c.hook}: your hook is back`);
  if (c.action === 'foreign') out.push(`  ${c.hook}: not tt's hook; left as it is`);
  if (c.kept.length && (c.action === 'chained' || c.action === 'restored' || c.action === 'removed')) {
    out.push(`  ${c.hook}: the hook${c.kept.length > 1 ? 's' : ''} saved before ${c.kept.length > 1 ? 'are' : 'is'} kept, not run: ${c.kept.join(', ')}`);
  }
  return out;
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
    for (const c of r.changes) for (const line of hookLines(c)) ctx.out(`${line}\n`);
  }
  if (repos.length > 1) {
    const n = (k: RepoOutcome['result']): number => repos.filter((r) => r.result === k).length;
    ctx.out(mode === 'install'
      ? `${count(n('installed'), 'repo')} installed, ${n('skipped')} skipped, ${n('refused')} refused.\n`
      : `${count(repos.length, 'repo')} restored.\n`);
  }
}
