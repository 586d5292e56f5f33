// Finds git repositories under folders for `--scan`: a folder with a .git folder or file is a repo
// (and is not searched further); dependency and hidden folders are skipped, and the depth is capped
// so that scanning a home folder stays quick.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', 'vendor', 'target', 'dist', 'build', '__pycache__', 'Library']);
export const MAX_DEPTH = 6;

export function findRepos(root: string, maxDepth = MAX_DEPTH): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folders are simply not searched
    }
    if (entries.some((e) => e.name === '.git')) {
      out.push(dir);
      return;
    }
    if (depth >= maxDepth) return;
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || SKIP.has(e.name)) continue;
      walk(join(dir, e.name), depth + 1);
    }
  };
  walk(root, 0);
  return out.sort();
}
