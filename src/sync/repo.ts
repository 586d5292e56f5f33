// The data folder as a git repository: setting it up, rolling back what a killed sync left, and
// this device's commit of its own synced files. (Removing the .git folder of a failed init goes
// through node:fs: tt's Fs layer has no recursive removal.)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from '../store/io.ts';
import type { Git } from './git.ts';
import { GITIGNORE, SYNCED_ROOTS, syncedPath } from './paths.ts';

export { GITIGNORE } from './paths.ts';

/**
 * The remote's branch as fetched now, in a ref of tt's own; the remote-tracking branch
 * (refs/remotes/origin/main) stays what the remote held when this device last synced with it: what
 * it took, or what it pushed (a push moves it). That is the base of the next comparison.
 */
export const INCOMING_REF = 'refs/tt/incoming';
export const BASE_REF = 'refs/remotes/origin/main';

export function isRepo(fs: Fs, root: string): boolean {
  return fs.existsSync(join(root, '.git'));
}

/**
 * Makes the data folder a repository with `url` as origin (checked by checkRemoteUrl first). All or
 * nothing: when a step fails, the repository it started and the .gitignore it wrote are removed
 * again, so the folder never looks set up for sync when it is not.
 */
export async function initRepo(fs: Fs, git: Git, url: string, device: string): Promise<void> {
  const root = git.dir;
  const created = !isRepo(fs, root);
  const ignore = join(root, '.gitignore');
  let ignoreBefore: string | null | undefined; // undefined: not written by this init
  try {
    if (created) {
      // An empty --template keeps any init.templateDir (tt's own hooks among them) out of the data folder.
      await git.run(['init', '-q', '--template=', '-b', 'main'], 'git init');
    }
    const text = readIfExists(fs, ignore);
    if (text !== GITIGNORE) {
      ignoreBefore = text;
      writeAtomic(fs, ignore, GITIGNORE);
    }
    await git.run(['config', 'user.name', `tt sync (${device})`], 'git config');
    await git.run(['config', 'user.email', `tt-${device}@localhost`], 'git config');
    if ((await git.maybe(['remote', 'get-url', 'origin'])) !== null) await git.run(['remote', 'set-url', 'origin', url], 'git remote set-url');
    else await git.run(['remote', 'add', 'origin', url], 'git remote add');
  } catch (err) {
    try {
      if (created) rmSync(join(root, '.git'), { recursive: true, force: true });
      if (ignoreBefore === null) fs.unlinkSync(ignore);
      else if (ignoreBefore !== undefined) writeAtomic(fs, ignore, ignoreBefore);
    } catch {
      /* the error below says what went wrong first */
    }
    throw err;
  }
}

/**
 * What a killed sync left: a rebase of an older tt, git's own lock files, a merge begun. tt holds
 * its own lock (the caller), so no git of tt's is running here; clear them all.
 */
export async function recover(fs: Fs, git: Git): Promise<string[]> {
  const notes: string[] = [];
  const dir = join(git.dir, '.git');
  if (fs.existsSync(join(dir, 'rebase-merge')) || fs.existsSync(join(dir, 'rebase-apply'))) {
    await git.maybe(['rebase', '--abort']);
    notes.push('an interrupted sync was rolled back and is done again');
  }
  for (const lock of ['index.lock', 'HEAD.lock', join('refs', 'heads', 'main.lock'), join('refs', 'tt', 'incoming.lock'), join('refs', 'remotes', 'origin', 'main.lock')]) {
    const p = join(dir, lock);
    if (fs.existsSync(p)) {
      fs.unlinkSync(p);
      notes.push(`removed a stale ${lock}`);
    }
  }
  // A merge a killed sync began: its files are written and staged, which the next commit takes;
  // the merge's second parent is the remote's commit, which this sync fetches and merges again.
  for (const name of ['MERGE_HEAD', 'MERGE_MSG']) {
    if (fs.existsSync(join(dir, name))) fs.unlinkSync(join(dir, name));
  }
  return notes;
}

/**
 * Keeps the repository's rules up to date: tt's .gitignore, and the same rules in .git/info/exclude
 * (local, so a remote that changes .gitignore changes nothing git shows here). Idempotent.
 */
export function keepRules(fs: Fs, root: string): void {
  const ignore = join(root, '.gitignore');
  if (readIfExists(fs, ignore) !== GITIGNORE) writeAtomic(fs, ignore, GITIGNORE);
  const exclude = join(root, '.git', 'info', 'exclude');
  if (readIfExists(fs, exclude) !== GITIGNORE) writeAtomic(fs, exclude, GITIGNORE);
}

/** Paths in git's `-z` lists (status, ls-files): NUL-separated. */
const zList = (out: string): string[] => out.split('\0').filter(Boolean);

/**
 * Stages this device's synced files as they are: only tt's synced paths (a stray file, a link, a
 * machine file never is); files an older tt tracked that do not sync are untracked (they stay on
 * disk). Returns whether anything is staged: the caller commits it, alone or within a merge.
 */
export async function stageOwn(fs: Fs, git: Git): Promise<boolean> {
  const status = zList(await git.run(['status', '--porcelain=v1', '-z', '-uall', '--no-renames', '--', ...SYNCED_ROOTS], 'git status'));
  const add: string[] = [];
  let staged = false;
  for (const line of status) {
    const path = line.slice(3);
    if (!syncedPath(path)) continue;
    if (line[0] !== ' ' && line[0] !== '?') staged = true; // staged by a sync killed before its commit
    // A link or a folder where a synced file belongs is not staged (doctor reports links).
    try {
      if (!fs.lstatSync(join(git.dir, path)).isFile()) continue;
    } catch {
      /* gone: its deletion is staged */
    }
    add.push(path);
  }
  // Once per repository: files an older tt tracked that do not sync (hooks.json, git-template/).
  const marker = join(git.dir, '.git', 'tt-synced-paths');
  const untrack = fs.existsSync(marker) ? [] : zList(await git.run(['ls-files', '-z'], 'git ls-files')).filter((p) => !syncedPath(p));
  if (add.length) await git.run(['add', '-A', '--', ...add], 'git add');
  if (untrack.length) await git.run(['rm', '-q', '-r', '--cached', '--ignore-unmatch', '--', ...untrack], 'git rm --cached');
  if (!fs.existsSync(marker)) writeAtomic(fs, marker, 'tt stages only the paths that sync (src/sync/paths.ts)\n');
  // git status lists a file only when its content differs, so there is something to commit.
  return staged || add.length > 0 || untrack.length > 0;
}

/** Commits what is staged (stageOwn). */
export async function commitStaged(git: Git, message: string): Promise<void> {
  await git.run(['commit', '-q', '--no-verify', '-m', message], 'git commit');
}
