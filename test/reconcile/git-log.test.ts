import { describe, expect, it } from 'vitest';
import { parseLogLine } from '../../src/reconcile/git-log.ts';
import { readGitLog } from '../../src/reconcile/git-log-run.ts';
import { AUTHOR, commitAt, git, gitEnv, makeRepo } from '../helpers/git.ts';
import { tempDir } from '../helpers/tmp.ts';

const base = { authors: new Set(['me@example.com']), since: 0, until: Date.parse('2100-01-01T00:00:00Z') };

describe('git log source', () => {
  it('parses a line; leaves out merges by parent count, other authors and shas already seen', () => {
    const seen = new Set<string>();
    const o = { ...base, seen };
    expect(parseLogLine('1795428000\taaa\tp1\tMe@Example.com\tfix: a\ttab in subject', o)).toEqual({ at: 1795428000_000, sha: 'aaa', email: 'me@example.com', subject: 'fix: a\ttab in subject' });
    expect(parseLogLine('1795428000\taaa\tp1\tme@example.com\tagain', o)).toBeNull();
    expect(parseLogLine('1795428000\tbbb\tp1 p2\tme@example.com\tMerge branch x', o)).toBeNull();
    expect(parseLogLine('1795428000\tccc\tp1\tyou@example.com\ttheirs', o)).toBeNull();
    expect(parseLogLine('1795428000\tddd\t\tme@example.com\troot commit', o)?.sha).toBe('ddd');
    expect(parseLogLine('garbage', o)).toBeNull();
  });

  it('reads every branch of a real repo by author time, without merges or other authors', async () => {
    const repo = makeRepo('acme-web');
    commitAt(repo, 'first', '2026-11-23T09:00:00+01:00');
    git(repo, ['checkout', '-q', '-b', 'feature']);
    commitAt(repo, 'on a branch never merged', '2026-11-23T10:00:00+01:00');
    git(repo, ['checkout', '-q', '-b', 'topic', 'main']);
    commitAt(repo, 'topic work', '2026-11-23T10:30:00+01:00');
    git(repo, ['checkout', '-q', 'main']);
    commitAt(repo, 'main work', '2026-11-23T10:45:00+01:00');
    commitAt(repo, 'by someone else', '2026-11-23T11:00:00+01:00', { name: 'Other', email: 'other@example.com' });
    git(repo, ['merge', '-q', '--no-ff', '-m', 'a plain message', 'topic'], gitEnv('2026-11-23T11:30:00+01:00'));
    // A commit whose committer date is much later than its author date (a rebase) still counts.
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'rebased later'], { ...gitEnv('2026-11-23T12:00:00+01:00'), GIT_COMMITTER_DATE: '2026-11-30T12:00:00+01:00' });
    const commits = await readGitLog(repo, { ...base, since: Date.parse('2026-11-23T08:15:00Z'), until: Date.parse('2026-11-24T00:00:00Z'), seen: new Set() });
    expect(commits.map((c) => [new Date(c.at).toISOString(), c.subject]).sort()).toEqual([
      ['2026-11-23T09:00:00.000Z', 'on a branch never merged'],
      ['2026-11-23T09:30:00.000Z', 'topic work'],
      ['2026-11-23T09:45:00.000Z', 'main work'],
      ['2026-11-23T11:00:00.000Z', 'rebased later'],
    ]);
  });

  it('counts a commit once across two clones of one history', async () => {
    const repo = makeRepo('origin');
    commitAt(repo, 'shared', '2026-11-23T09:00:00Z', AUTHOR);
    const clone = `${tempDir()}/clone`;
    git(tempDir(), ['clone', '-q', repo, clone]);
    const seen = new Set<string>();
    const a = await readGitLog(repo, { ...base, seen });
    const b = await readGitLog(clone, { ...base, seen });
    expect([a.length, b.length]).toEqual([1, 0]);
  });

  it('reports a folder that is not a repo as a readable error', async () => {
    await expect(readGitLog(tempDir(), { ...base, seen: new Set() })).rejects.toThrow(/cannot read the history of .*not a git repository/);
  });
});
