// `--global`: repos created or cloned from now on get tt's hooks through git's template folder
// (init.templateDir), never through a global core.hooksPath (which would silence every repo's own
// hooks). A template folder the user already has gets tt's hooks added, chained like any hook
// folder; otherwise tt makes its own (a copy of git's default templates plus its hooks) and sets
// init.templateDir in the global git config, saving the file's bytes so uninstall restores them.
import { cpSync, existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { expandHome } from '../core/repo-rules.ts';
import type { Store } from '../store/store.ts';
import { gitOk } from './git.ts';
import { ask, configValue, gitAt } from './git-query.ts';
import { bakedDataDir } from './install.ts';
import { installInDir, uninstallFromDir, type HookChange, type InstallAction, type UninstallAction } from './install-dir.ts';
import { readRegistry, writeRegistry, type GlobalEntry } from './registry.ts';

export interface GlobalOutcome {
  templateDir: string;
  mode: GlobalEntry['mode'];
  changes: HookChange<InstallAction | UninstallAction>[];
  configRestored?: 'bytes' | 'unset' | 'untouched';
}

/** The file `git config --global` writes. */
export function globalConfigFile(ctx: Ctx): string {
  if (ctx.env.GIT_CONFIG_GLOBAL) return ctx.env.GIT_CONFIG_GLOBAL;
  const home = join(ctx.home, '.gitconfig');
  const xdg = join(ctx.env.XDG_CONFIG_HOME || join(ctx.home, '.config'), 'git', 'config');
  return !existsSync(home) && existsSync(xdg) ? xdg : home;
}

const readOrNull = (p: string): string | null => (existsSync(p) ? readFileSync(p, 'utf8') : null);

/** A git client for questions about the user's configuration (not about a repository). */
function userGit(ctx: Ctx): NonNullable<ReturnType<typeof gitAt>> {
  return gitAt(ctx.cwd, ctx.env) ?? gitAt(ctx.home, ctx.env) ?? gitAt('/', ctx.env)!;
}

/** init.templateDir in the global git config, or null. */
const globalTemplateDir = (ctx: Ctx): Promise<string | null> => configValue(userGit(ctx), 'init.templateDir', 'global');

async function defaultTemplates(ctx: Ctx): Promise<string | null> {
  const sys = await configValue(userGit(ctx), 'init.templateDir', 'system');
  if (sys) return expandHome(sys, ctx.home);
  const exec = (await ask(userGit(ctx).raw(['--exec-path']), '')).trim();
  if (!exec) return null;
  const guess = resolve(exec, '..', '..', 'share', 'git-core', 'templates');
  return existsSync(guess) ? guess : null;
}

export async function installGlobal(ctx: Ctx, store: Store): Promise<GlobalOutcome> {
  store.ensureWritable();
  const reg = readRegistry(ctx.fs, store.p.root);
  // Check first, then change: writing the registry as it is proves the data folder takes writes
  // before the global git config or the template folder is touched.
  writeRegistry(ctx.fs, store.p.root, reg);
  const data = bakedDataDir(store);
  if (reg.global) {
    const { changes } = installInDir(ctx.fs, join(reg.global.templateDir, 'hooks'), data);
    return { templateDir: reg.global.templateDir, mode: reg.global.mode, changes };
  }
  const current = await globalTemplateDir(ctx);
  let entry: GlobalEntry;
  if (current) {
    const templateDir = resolve(ctx.home, expandHome(current, ctx.home));
    entry = { templateDir, mode: 'in-place', configFile: '', configBefore: null, configAfter: null, previous: null, createdDir: !existsSync(join(templateDir, 'hooks')) };
  } else {
    const templateDir = join(data, 'git-template');
    const from = await defaultTemplates(ctx);
    rmSync(templateDir, { recursive: true, force: true });
    if (from) cpSync(from, templateDir, { recursive: true });
    const configFile = globalConfigFile(ctx);
    const configBefore = readOrNull(configFile);
    await gitOk(['config', '--global', 'init.templateDir', templateDir], 'set init.templateDir', { env: ctx.env });
    entry = { templateDir, mode: 'own', configFile, configBefore, configAfter: readOrNull(configFile), previous: from, createdDir: false };
  }
  const { changes } = installInDir(ctx.fs, join(entry.templateDir, 'hooks'), data);
  writeRegistry(ctx.fs, store.p.root, { ...readRegistry(ctx.fs, store.p.root), global: entry });
  return { templateDir: entry.templateDir, mode: entry.mode, changes };
}

export async function uninstallGlobal(ctx: Ctx, store: Store): Promise<GlobalOutcome | null> {
  if (!existsSync(store.p.root)) return null;
  const reg = readRegistry(ctx.fs, store.p.root);
  const g = reg.global;
  if (!g) return null;
  let configRestored: GlobalOutcome['configRestored'] = 'untouched';
  let changes: GlobalOutcome['changes'] = [];
  if (g.mode === 'in-place') {
    changes = existsSync(join(g.templateDir, 'hooks')) ? uninstallFromDir(ctx.fs, join(g.templateDir, 'hooks'), g.createdDir) : [];
  } else {
    const now = readOrNull(g.configFile);
    if (now === g.configAfter) {
      // Nobody changed the file since: put back its exact bytes (git --unset would leave "[init]").
      if (g.configBefore === null) unlinkSync(g.configFile);
      else writeFileSync(g.configFile, g.configBefore);
      configRestored = 'bytes';
    } else {
      const v = await globalTemplateDir(ctx);
      if (v && resolve(expandHome(v, ctx.home)) === g.templateDir) {
        await gitOk(['config', '--global', '--unset', 'init.templateDir'], 'unset init.templateDir', { env: ctx.env });
        configRestored = 'unset';
      }
    }
    rmSync(g.templateDir, { recursive: true, force: true });
  }
  writeRegistry(ctx.fs, store.p.root, { ...reg, global: null });
  return { templateDir: g.templateDir, mode: g.mode, changes, configRestored };
}
