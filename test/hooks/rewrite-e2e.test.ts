// Amend, scripted interactive rebase (squash, fixup, reword, drop), cherry-pick: after each, the
// commits tt reports are exactly the commits git has, each once.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activity, g, journalLines, logShas, repoWithHooks, setup } from './helpers.ts';

function commitSet(s: ReturnType<typeof setup>): string[] {
  return activity(s, 'commit').map((r) => r.sha!).sort();
}

function fileCommit(s: ReturnType<typeof setup>, repo: string, name: string): void {
  writeFileSync(join(repo, name), `${name}\n`);
  g(s, repo, ['add', name]);
  g(s, repo, ['commit', '-q', '-m', `add ${name}`]);
}

describe('rewrites keep one record per commit', () => {
  it('amend', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    fileCommit(s, repo, 'a');
    fileCommit(s, repo, 'b');
    g(s, repo, ['commit', '-q', '--amend', '-m', 'b, amended']);
    g(s, repo, ['commit', '-q', '--amend', '-m', 'b, amended twice']);
    expect(commitSet(s)).toEqual(logShas(s, repo));
    const b = activity(s, 'commit').find((r) => r.subject === 'b, amended twice');
    expect(b?.rewrittenFrom).toMatch(/^[0-9a-f]{40}$/);
  });

  it('interactive rebase with squash, fixup, reword and drop (GIT_SEQUENCE_EDITOR)', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    for (const f of ['base', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']) fileCommit(s, repo, f);
    // c1 pick, c2 squash, c3 fixup, c4 reword, c5 drop, c6 pick
    const script = `sed -i -e '2s/^pick/squash/' -e '3s/^pick/fixup/' -e '4s/^pick/reword/' -e '5s/^pick/drop/' "$1"`;
    g(s, repo, ['rebase', '-q', '-i', 'HEAD~6'], { GIT_SEQUENCE_EDITOR: `sh -c '${script.replace(/'/g, `'\\''`)}' --`, GIT_EDITOR: 'true' });
    expect(logShas(s, repo)).toHaveLength(4);
    const got = commitSet(s);
    const dropped = got.filter((sha) => !logShas(s, repo).includes(sha));
    // The dropped commit (c5) was made and then thrown away: it is still a commit tt saw being made.
    expect(dropped).toHaveLength(1);
    expect(got.filter((sha) => !dropped.includes(sha))).toEqual(logShas(s, repo));
  });

  it('a long rewrite list is split into several journal lines, each under 4 KiB', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    for (let i = 0; i < 80; i++) g(s, repo, ['commit', '-q', '--allow-empty', '-m', `c${i}`]);
    g(s, repo, ['rebase', '-q', '--force-rebase', '--root']);
    const lines = journalLines(s).filter((l) => l.includes('\tpost-rewrite\t'));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThan(4096);
    expect(commitSet(s)).toEqual(logShas(s, repo));
  });

  it('rebase onto another branch, then cherry-pick', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    fileCommit(s, repo, 'base');
    g(s, repo, ['checkout', '-q', '-b', 'topic']);
    fileCommit(s, repo, 't1');
    fileCommit(s, repo, 't2');
    g(s, repo, ['checkout', '-q', 'main']);
    fileCommit(s, repo, 'm1');
    g(s, repo, ['checkout', '-q', 'topic']);
    g(s, repo, ['rebase', '-q', 'main']);
    g(s, repo, ['checkout', '-q', '-b', 'picked', 'main']);
    g(s, repo, ['cherry-pick', 'topic~1']);
    const all = g(s, repo, ['log', '--all', '--format=%H']).split('\n').filter(Boolean).sort();
    expect(commitSet(s)).toEqual(all);
  });
});
