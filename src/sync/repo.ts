// The data folder as a git repository: what is synced and what stays on this machine.
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

export function initRepo(fs: Fs, root: string, url: string, device: string): void {
  if (!isRepo(fs, root)) {
    // An empty --template keeps any init.templateDir (tt's own hooks among them) out of the data folder.
    gitOk(root, ['init', '-q', '--template=', '-b', 'main'], 'git init');
  }
  if (readIfExists(fs, join(root, '.gitignore')) !== GITIGNORE) writeAtomic(fs, join(root, '.gitignore'), GITIGNORE);
  gitOk(root, ['config', 'user.name', `tt sync (${device})`], 'git config');
  gitOk(root, ['config', 'user.email', `tt-${device}@localhost`], 'git config');
  const current = gitIn(root, ['remote', 'get-url', 'origin']);
  if (current.code === 0) gitOk(root, ['remote', 'set-url', 'origin', url], 'git remote set-url');
  else gitOk(root, ['remote', 'add', 'origin', url], 'git remote add');
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
