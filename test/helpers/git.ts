// Real git repositories in temp folders: gc off, branch main, a pinned author, dates we choose.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { tempDir } from './tmp.ts';

export const AUTHOR = { name: 'Test Person', email: 'me@example.com' };

export function gitEnv(date?: string, author = AUTHOR): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
}

export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: { ...gitEnv(), ...env }, encoding: 'utf8' });
}

/** A new repo (in `parent` when given) with user.email set, gc off and branch main. */
export function makeRepo(name = 'repo', parent?: string): string {
  const dir = join(parent ?? tempDir('tt-repo-'), name);
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', AUTHOR.email]);
  git(dir, ['config', 'user.name', AUTHOR.name]);
  git(dir, ['config', 'gc.auto', '0']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  return dir;
}

/** An empty commit at `date` (ISO-8601 with offset), returning its sha. */
export function commitAt(repo: string, message: string, date: string, author = AUTHOR): string {
  git(repo, ['commit', '-q', '--allow-empty', '-m', message], gitEnv(date, author));
  return git(repo, ['rev-parse', 'HEAD']).trim();
}
