// Rewrites (amend, rebase, squash) as pure data: post-rewrite pairs map an old sha to its new one,
// and a commit recorded under several shas is one commit, under the sha it has now.
import type { StoredHookRecord } from '../core/activity-records.ts';

/** old sha -> newest sha, following chains (amend of an amend) and ignoring cycles. */
export function rewriteMap(records: readonly StoredHookRecord[]): Map<string, string> {
  const next = new Map<string, string>();
  for (const r of records) for (const [a, b] of r.pairs ?? []) if (a !== b) next.set(a, b);
  const final = new Map<string, string>();
  for (const start of next.keys()) {
    let sha = start;
    const seen = new Set([sha]);
    while (next.has(sha) && !seen.has(next.get(sha)!)) {
      sha = next.get(sha)!;
      seen.add(sha);
    }
    final.set(start, sha);
  }
  return final;
}

export interface MergedCommit {
  record: StoredHookRecord; // the first record of this commit
  sha: string; // as it is now
  rewrittenFrom?: string; // the sha of the first record, when it differs
}

/**
 * One entry per commit as it is now. Records are taken in the order they were written (`order`
 * gives each record's rank), so the kept record is the first one made for the commit.
 */
export function mergeCommits(records: readonly StoredHookRecord[], map: ReadonlyMap<string, string>): MergedCommit[] {
  const bySha = new Map<string, MergedCommit>();
  const noSha: MergedCommit[] = [];
  for (const r of records) {
    if (r.kind !== 'commit') continue;
    if (!r.sha) {
      noSha.push({ record: r, sha: '' });
      continue;
    }
    const now = map.get(r.sha) ?? r.sha;
    if (bySha.has(now)) continue;
    bySha.set(now, { record: r, sha: now, ...(now !== r.sha ? { rewrittenFrom: r.sha } : {}) });
  }
  return [...bySha.values(), ...noSha];
}

