// Which hooks folder a repo uses: `git rev-parse --git-path hooks` answers for worktrees (they share
// the main repo's folder), submodules (their folder under .git/modules) and core.hooksPath alike.
import { isAbsolute, relative, resolve } from 'node:path';
import { git } from './git.ts';

export interface RepoHooks {
  top: string; // the working tree's top folder
  hooksDir: string; // absolute
  hooksPath: string | null; // core.hooksPath as configured, when set
}

type Env = Record<string, string | undefined>;

/** A repository without a working tree (a server's or a USB disk's copy): no commits are made in it. */
export async function isBareRepo(path: string, env: Env): Promise<boolean> {
  const r = await git(['rev-parse', '--is-bare-repository'], { cwd: path, env });
  return r.code === 0 && r.stdout.trim() === 'true';
}

/** Why `path` has no hooks tt can use: it is no repository at all, or a bare one. */
export async function notARepo(path: string, env: Env): Promise<string> {
  return (await isBareRepo(path, env))
    ? 'is a bare repository (it has no working tree, so no commits are made in it)'
    : 'not a git repository';
}

export async function repoHooks(path: string, env: Env): Promise<RepoHooks | null> {
  // One question per call: a folder name may hold a newline, so output is one path minus its "\n".
  const t = await git(['rev-parse', '--show-toplevel'], { cwd: path, env });
  if (t.code !== 0) return null;
  const top = t.stdout.replace(/\n$/, '');
  const h = await git(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], { cwd: top, env });
  const hooksDir = h.stdout.replace(/\n$/, '');
  if (!top || h.code !== 0 || !hooksDir) return null;
  const hp = await git(['config', '--get', 'core.hooksPath'], { cwd: top, env });
  return { top, hooksDir: resolve(top, hooksDir), hooksPath: hp.code === 0 ? hp.stdout.trim() : null };
}

/**
 * A hooks folder inside the working tree whose files git tracks (a team's .githooks/) is shared
 * with everyone: tt must not change it. Husky's `.husky/_` is ignored by git, so it is fine.
 */
export async function trackedHooksDir(repo: RepoHooks, env: Env): Promise<string[]> {
  const rel = relative(repo.top, repo.hooksDir);
  if (rel.startsWith('..') || isAbsolute(rel) || rel === '') return [];
  const r = await git(['ls-files', '-z', '--', rel], { cwd: repo.top, env });
  return r.code === 0 ? r.stdout.split('\0').filter(Boolean) : [];
}
