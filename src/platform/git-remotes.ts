// A repo's remote URLs from its git config file, without running git: `tt status` and the fold decide
// a new repo's client (`--remote` rules) and a `git config` process would cost them several
// milliseconds. Includes and url.insteadOf are not followed; reading activity asks git itself, and its
// answer replaces this one in the repo map.
import { join, resolve } from 'node:path';
import type { Fs } from './fs.ts';

/** The folder holding the repo's config: .git, or for a linked worktree its common folder. */
function configDir(fs: Fs, top: string): string | null {
  let dir = join(top, '.git');
  if (fs.statSync(dir).isFile()) {
    const m = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dir, 'utf8'));
    if (!m) return null;
    dir = resolve(top, m[1]!.trim());
  }
  if (fs.existsSync(join(dir, 'commondir'))) dir = resolve(dir, fs.readFileSync(join(dir, 'commondir'), 'utf8').trim());
  return fs.existsSync(join(dir, 'config')) ? dir : null;
}

export function readRemotes(fs: Fs, top: string): string[] {
  let text: string;
  try {
    const dir = configDir(fs, top);
    if (!dir) return [];
    text = fs.readFileSync(join(dir, 'config'), 'utf8');
  } catch {
    return [];
  }
  const urls: string[] = [];
  let inRemote = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) inRemote = /^\[remote\s+"[^"]*"\]/i.test(line);
    else if (inRemote) {
      const m = /^url\s*=\s*(.*)$/i.exec(line);
      if (m) urls.push(m[1]!.replace(/^"(.*)"$/, '$1').trim());
    }
  }
  return urls.filter(Boolean);
}
