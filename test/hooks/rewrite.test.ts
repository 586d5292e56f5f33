// Rewrite remapping as pure data: amend chains, squash, and which record is kept.
import { describe, expect, it } from 'vitest';
import { mergeCommits, rewriteMap } from '../../src/hooks/rewrite.ts';
import type { StoredHookRecord } from '../../src/core/activity-records.ts';

const sha = (c: string): string => c.repeat(40);
const commit = (id: string, s: string, uptime: number): StoredHookRecord => ({ id, v: 1, source: 'hook', kind: 'commit', hook: 'post-commit', pid: 1, uptime, repo: '/r', sha: s });
const rewrite = (pairs: [string, string][]): StoredHookRecord => ({ id: `w${pairs.length}`, v: 1, source: 'hook', kind: 'rewrite', hook: 'post-rewrite', pid: 1, repo: '/r', pairs, method: 'rebase', part: 1 });

describe('rewriteMap', () => {
  it('follows an amend of an amend to the newest sha', () => {
    const m = rewriteMap([rewrite([[sha('a'), sha('b')]]), rewrite([[sha('b'), sha('c')]])]);
    expect(m.get(sha('a'))).toBe(sha('c'));
    expect(m.get(sha('b'))).toBe(sha('c'));
  });
  it('stops on a cycle', () => {
    const m = rewriteMap([rewrite([[sha('a'), sha('b')], [sha('b'), sha('a')]])]);
    expect([sha('a'), sha('b')]).toContain(m.get(sha('a')));
  });
});

describe('mergeCommits', () => {
  it('keeps one commit per sha as it is now, the first record, and where it came from', () => {
    // a and b squashed into c; c then amended into d; e untouched.
    const recs = [commit('1', sha('a'), 1), commit('2', sha('b'), 2), commit('3', sha('c'), 3), commit('4', sha('d'), 4), commit('5', sha('e'), 5)];
    const map = rewriteMap([rewrite([[sha('a'), sha('c')], [sha('b'), sha('c')]]), rewrite([[sha('c'), sha('d')]])]);
    const merged = mergeCommits(recs, map);
    expect(merged.map((m) => [m.record.id, m.sha, m.rewrittenFrom])).toEqual([
      ['1', sha('d'), sha('a')],
      ['5', sha('e'), undefined],
    ]);
  });
});
