// The data folder as a git repository: what is synced and what stays on this machine. (Removing the
// .git folder of a failed init goes through node:fs: tt's Fs layer has no recursive removal.)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from '../store/io.ts';
import { gitIn, gitOk } from './git.ts';

/**
 * Local only: the device id, the lock, derived state, the journal (folded into shards before every
 * sync), temp files, quarantine, and clients.json/config.json, which are this device's view of the
 * merged settings/ files.
 */
export const GITIGNORE = ['/device', '/lock', '/lock.*', '/state/', '/journal.ndjson', '/journal.*.aside', '*.tmp', '/quarantine/', '/clients.json', '/config.json', ''].join('\n');

export function isRepo(fs: Fs, root: string): boolean {
  return fs.existsSync(join(root, '.git'));
}

/**
 * Makes the data folder a repository with `url` as origin (checked by checkRemoteUrl first). All or
 * nothing: when a step fails, the repository it started and the .gitignore it wrote are removed
 * again, so the folder never looks set up for sync when it is not.
 */
export function initRepo(fs: Fs, root: string, url: string, device: string): void {
  const created = !isRepo(fs, root);
  const ignore = join(root, '.gitignore');
  let ignoreBefore: string | null | undefined; // undefined: not written by this init
  try {
    if (created) {
      // An empty --template keeps any init.templateDir (tt's own hooks among them) out of the data folder.
      gitOk(root, ['init', '-q', '--template=', '-b', 'main'], 'git init');
    }
    const text = readIfExists(fs, ignore);
    if (text !== GITIGNORE) {
      ignoreBefore = text;
      writeAtomic(fs, ignore, GITIGNORE);
    }
    gitOk(root, ['config', 'user.name', `tt sync (${device})`], 'git config');
    gitOk(root, ['config', 'user.email', `tt-${device}@localhost`], 'git config');
    const current = gitIn(root, ['remote', 'get-url', 'origin']);
    if (current.code === 0) gitOk(root, ['remote', 'set-url', 'origin', url], 'git remote set-url');
    else gitOk(root, ['remote', 'add', 'origin', url], 'git remote add');
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

/** A sync killed midway leaves a rebase or a stale index lock; tt holds its own lock, so clear both. */
export function recover(fs: Fs, root: string): string[] {
  const notes: string[] = [];
  const git = join(root, '.git');
  if (fs.existsSync(join(git, 'rebase-merge')) || fs.existsSync(join(git, 'rebase-apply'))) {
    gitIn(root, ['rebase', '--abort']);
    notes.push('an interrupted sync was rolled back and is done again');
  }
  for (const lock of ['index.lock', 'HEAD.lock', join('refs', 'heads', 'main.lock')]) {
    const p = join(git, lock);
    if (fs.existsSync(p)) {
      fs.unlinkSync(p);
      notes.push(`removed a stale ${lock}`);
    }
  }
  return notes;
}

export function hasRemoteBranch(root: string): boolean {
  return gitIn(root, ['rev-parse', '--verify', '-q', 'refs/remotes/origin/main']).code === 0;
}

export function head(root: string, ref = 'HEAD'): string | null {
  const r = gitIn(root, ['rev-parse', '--verify', '-q', ref]);
  return r.code === 0 ? r.stdout.trim() : null;
}
