// 8 repos commit 100 times each, all at once, while `tt fold` runs in a loop: every commit is
// recorded exactly once (no line lost to the journal being set aside, none folded twice).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { activity, logShas, repoWithHooks, setup } from './helpers.ts';

const REPOS = 8;
const COMMITS = 100;

function commitLoop(repo: string, env: Record<string, string>): Promise<number> {
  const script = `i=0; while [ $i -lt ${COMMITS} ]; do git commit -q --allow-empty -m "c$i" || exit 1; i=$((i+1)); done`;
  return new Promise((resolve) => spawn('sh', ['-c', script], { cwd: repo, env, stdio: 'ignore' }).on('close', (code) => resolve(code ?? -1)));
}

function foldOnce(cwd: string, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'fold'], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe('concurrent commits while folding', () => {
  it(`records ${REPOS} x ${COMMITS} commits exactly once`, async () => {
    const s = setup();
    const parent = tempDir('tt-many-');
    const repos = Array.from({ length: REPOS }, (_, i) => repoWithHooks(s, `r${i}`, parent));
    let done = false;
    let folds = 0;
    const folding = (async () => {
      while (!done) {
        const r = await foldOnce(parent, s.e.env);
        if (r.code !== 0) throw new Error(`tt fold failed: ${r.stderr}`);
        folds++;
      }
    })();
    const codes = await Promise.all(repos.map((r) => commitLoop(r, s.genv)));
    done = true;
    await folding;
    expect(codes).toEqual(repos.map(() => 0));
    expect(folds).toBeGreaterThan(0);
    const commits = activity(s, 'commit');
    // Repos with identical empty commits in the same second share shas; within a repo each is unique.
    expect(new Set(commits.map((c) => `${c.repo} ${c.sha}`)).size).toBe(commits.length);
    for (const repo of repos) {
      expect(commits.filter((c) => c.repo === repo).map((c) => c.sha).sort()).toEqual(logShas(s, repo));
    }
    expect(commits).toHaveLength(REPOS * COMMITS);
  }, 300_000);
});
