// `tt hooks install` and `uninstall` for one repo: find its hooks folder, refuse what must not be
// touched (a tracked folder, an excluded repo), install or restore, and keep the registry current.
import { join, resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import type { Store } from '../store/store.ts';
import { excludedBy, excludeRules } from '../core/repo-exclude.ts';
import { installInDir, uninstallFromDir, type HookChange, type InstallAction, type UninstallAction } from './install-dir.ts';
import { forget, readRegistry, registryPath, remember, writeRegistry } from './registry.ts';
import { readIfExists, writeAtomic } from '../store/io.ts';
import { notARepo, repoHooks, trackedHooksDir, type RepoHooks } from './repo.ts';

export interface RepoOutcome {
  top: string;
  hooksDir: string | null;
  result: 'installed' | 'uninstalled' | 'skipped' | 'refused';
  reason?: string;
  changes: HookChange<InstallAction | UninstallAction>[];
}

/** The absolute data folder baked into hooks: a relative TT_HOME means relative to here. */
export function bakedDataDir(store: Store): string {
  return resolve(store.ctx.cwd, store.p.root);
}

export async function installRepo(ctx: Ctx, store: Store, path: string): Promise<RepoOutcome> {
  const repo = await repoHooks(path, ctx.env);
  if (!repo) return { top: path, hooksDir: null, result: 'refused', reason: await notARepo(path, ctx.env), changes: [] };
  const rule = excludedBy(excludeRules(store.config()['hooks.exclude']), repo.top, ctx.home);
  if (rule) return outcome(repo, 'skipped', `excluded by hooks.exclude rule "${rule}"`);
  const tracked = await trackedHooksDir(repo, ctx.env);
  if (tracked.length) {
    const own = writeStandaloneHooks(ctx, store);
    return outcome(
      repo,
      'refused',
      `core.hooksPath is ${repo.hooksPath}, a folder git tracks (${tracked.slice(0, 3).join(', ')}): tt will not change files the whole team shares. ` +
        `To record here, add a line like this to your own copy of each hook: [ -x "${own}/post-commit" ] && "${own}/post-commit" "$@"`,
    );
  }
  // Check first, then change: the registry (in the data folder) is written before the repo's hooks,
  // so a data folder tt cannot write stops the command with the repo untouched; hooks that then
  // fail to install are undone (install-dir.ts) and the registry is put back as it was.
  store.ensureWritable();
  const before = readRegistry(ctx.fs, store.p.root);
  const beforeText = readIfExists(ctx.fs, registryPath(store.p.root));
  const created = !ctx.fs.existsSync(repo.hooksDir);
  writeRegistry(ctx.fs, store.p.root, remember(before, { hooksDir: repo.hooksDir, top: repo.top, createdDir: created, at: new Date(ctx.now()).toISOString() }));
  try {
    const { changes } = installInDir(ctx.fs, repo.hooksDir, bakedDataDir(store));
    return { ...outcome(repo, 'installed'), changes };
  } catch (err) {
    try {
      if (beforeText === null) ctx.fs.unlinkSync(registryPath(store.p.root));
      else writeAtomic(ctx.fs, registryPath(store.p.root), beforeText);
    } catch {
      /* the hooks are back as they were; a registry entry too many only makes uninstall look there */
    }
    throw err;
  }
}

export async function uninstallRepo(ctx: Ctx, store: Store, path: string): Promise<RepoOutcome> {
  const repo = await repoHooks(path, ctx.env);
  if (!repo) return { top: path, hooksDir: null, result: 'refused', reason: await notARepo(path, ctx.env), changes: [] };
  return uninstallHooksDir(ctx, store, repo.hooksDir, repo.top);
}

export function uninstallHooksDir(ctx: Ctx, store: Store, hooksDir: string, top: string): RepoOutcome {
  const reg = ctx.fs.existsSync(store.p.root) ? readRegistry(ctx.fs, store.p.root) : { version: 1 as const, repos: [], global: null };
  const entry = reg.repos.find((r) => r.hooksDir === hooksDir);
  const changes = ctx.fs.existsSync(hooksDir) ? uninstallFromDir(ctx.fs, hooksDir, entry?.createdDir ?? false) : [];
  if (entry) writeRegistry(ctx.fs, store.p.root, forget(reg, hooksDir));
  return { top, hooksDir, result: 'uninstalled', changes };
}

/**
 * tt's hooks as plain scripts in <data>/hooks/, for a team's tracked hooks folder to call (each
 * line guarded by -x, so teammates without tt are unaffected). Returns the folder.
 */
export function writeStandaloneHooks(ctx: Ctx, store: Store): string {
  const dir = join(bakedDataDir(store), 'hooks');
  store.ensureWritable();
  installInDir(ctx.fs, dir, bakedDataDir(store));
  return dir;
}

function outcome(repo: RepoHooks, result: RepoOutcome['result'], reason?: string): RepoOutcome {
  return { top: repo.top, hooksDir: repo.hooksDir, result, ...(reason ? { reason } : {}), changes: [] };
}

/** For a single repo a refusal is an error the user must act on; in a scan it is one line of many. */
export function refusalError(o: RepoOutcome): UsageError {
  const hint =
    o.reason?.startsWith('core.hooksPath') === true
      ? 'Or point core.hooksPath at an untracked folder and run `tt hooks install` again.'
      : o.reason?.startsWith('excluded') === true
        ? 'Remove the rule with `tt config set hooks.exclude ...` to capture this repo.'
        : o.reason?.includes('bare') === true
          ? 'Run it in a clone that has a working tree (git clone), or use --global for every new clone.'
          : 'Run it inside a git repository.';
  return new UsageError(`${o.top}${o.reason?.startsWith('is ') === true ? ' ' : ': '}${o.reason}`, hint);
}
