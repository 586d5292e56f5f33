// Which hooks folder a repo uses: `git rev-parse --git-path hooks` answers for worktrees (they share
// the main repo's folder), submodules (their folder under .git/modules) and core.hooksPath alike.
import { isAbsolute, relative, resolve } from 'node:path';
import { ask, configValue, gitAt, isBare, onePath } from './git-query.ts';

export interface RepoHooks {
  top: string; // the working tree's top folder
  hooksDir: string; // absolute
  hooksPath: string | null; // core.hooksPath as configured, when set
}

type Env = Record<string, string | undefined>;

/** A repository without a working tree (a server's or a USB disk's copy): no commits are made in it. */
export async function isBareRepo(path: string, env: Env): Promise<boolean> {
  const git = gitAt(path, env);
  return git ? isBare(git) : false;
}

/** Why `path` has no hooks tt can use: it is no repository at all, or a bare one. */
export async function notARepo(path: string, env: Env): Promise<string> {
  return (await isBareRepo(path, env))
    ? 'is a bare repository (it has no working tree, so no commits are made in it)'
    : 'not a git repository';
}

export async function repoHooks(path: string, env: Env): Promise<RepoHooks | null> {
  const here = gitAt(path, env);
  if (!here) return null;
  // One question per call: a folder name may hold a newline, so output is one path minus its "\n".
  const top = onePath(await ask(here.raw(['rev-parse', '--show-toplevel']), null));
  if (!top) return null;
  const git = gitAt(top, env);
  const hooksDir = git && onePath(await ask(git.raw(['rev-parse', '--path-format=absolute', '--git-path', 'hooks']), null));
  if (!git || !hooksDir) return null;
  return { top, hooksDir: resolve(top, hooksDir), hooksPath: await configValue(git, 'core.hooksPath') };
}

/**
 * A hooks folder inside the working tree whose files git tracks (a team's .githooks/) is shared
 * with everyone: tt must not change it. Husky's `.husky/_` is ignored by git, so it is fine.
 */
export async function trackedHooksDir(repo: RepoHooks, env: Env): Promise<string[]> {
  const rel = relative(repo.top, repo.hooksDir);
  if (rel.startsWith('..') || isAbsolute(rel) || rel === '') return [];
  const git = gitAt(repo.top, env);
  const out = git ? await ask(git.raw(['ls-files', '-z', '--', rel]), '') : '';
  return out.split('\0').filter(Boolean);
}
