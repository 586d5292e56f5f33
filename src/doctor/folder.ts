// The data folder itself: there, a folder, and readable. Every other check needs it, so it runs first
// and the rest are skipped when it cannot be read (exit 4). A folder that does not exist yet is fine:
// nothing has been stored.
import type { Check, Finding } from './check.ts';

export const folder: Check = {
  name: 'folder',
  covers: 'the data folder is a folder tt can read',
  gate: true,
  run({ ctx, p }) {
    const findings: Finding[] = [];
    let isDir: boolean;
    try {
      isDir = ctx.fs.statSync(p.root).isDirectory();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [{ file: p.root, problem: 'does not exist yet: nothing is stored', repaired: false, severity: 'notice' }];
      throw err;
    }
    if (!isDir) {
      findings.push({
        file: p.root,
        problem: `the data folder ${p.root} is a file, not a folder`,
        repaired: false,
        severity: 'unreadable',
        fix: 'Point TT_HOME at a folder (or move the file away): tt keeps everything in a folder.',
      });
      return findings;
    }
    ctx.fs.readdirSync(p.root);
    return findings;
  },
};
