// Fills in what a hook could not know cheaply: a commit's author, subject and author time, and the
// time of records that carry only seconds-since-boot. Runs in node when activity is read (for
// `tt activity` and reconcile), one `git log --no-walk` per repo, so hook lines stay tiny and the
// answer reflects the repo as it is now (after amend and rebase).
import { uptimeAt, type Clock } from './clock.ts';
import { excludedBy } from './exclude.ts';
import { git } from './git.ts';
import { mergeCommits, rewriteMap } from './rewrite.ts';
import type { ActivityRecord, StoredActivity, StoredHookRecord, StoredShellRecord } from '../core/activity-records.ts';

export interface CommitInfo {
  at: number;
  author: string;
  subject: string;
}

export interface RepoFacts {
  commits: Map<string, CommitInfo>;
  remotes: string[];
  ok: boolean; // false when git could not read the repo (moved or deleted)
}

type Env = Record<string, string | undefined>;

export async function repoFacts(top: string, shas: string[], env: Env): Promise<RepoFacts> {
  const commits = new Map<string, CommitInfo>();
  let ok = true;
  for (let i = 0; i < shas.length; i += 1000) {
    const r = await git(['log', '--no-walk=unsorted', '--ignore-missing', '--format=%H%x00%at%x00%an <%ae>%x00%s', ...shas.slice(i, i + 1000), '--'], { cwd: top, env });
    if (r.code !== 0) {
      ok = false;
      break;
    }
    for (const line of r.stdout.split('\n')) {
      const [sha, at, author, subject] = line.split('\0');
      if (sha && at) commits.set(sha, { at: Number(at) * 1000, author: author ?? '', subject: subject ?? '' });
    }
  }
  const rem = ok ? await git(['config', '--get-regexp', '^remote\\..*\\.url$'], { cwd: top, env }) : null;
  const remotes = rem && rem.code === 0 ? rem.stdout.split('\n').map((l) => l.split(' ').slice(1).join(' ')).filter(Boolean) : [];
  return { commits, remotes, ok };
}

/** Pure: the stored records of one repo, with git's facts, as ActivityRecords; `lost` counts timeless ones. */
export function resolveRepo(records: readonly StoredActivity[], facts: RepoFacts, clock: Clock): { out: ActivityRecord[]; lost: number } {
  const hooks = records.filter((r): r is StoredHookRecord => r.source === 'hook');
  const out: ActivityRecord[] = [];
  let lost = 0;
  const ordered = [...hooks].sort((a, b) => (a.uptime ?? 0) - (b.uptime ?? 0));
  const map = rewriteMap(ordered);
  for (const c of mergeCommits(ordered, map)) {
    const info = c.sha ? facts.commits.get(c.sha) : undefined;
    const at = info?.at ?? (c.record.at ? Date.parse(c.record.at) : uptimeAt(c.record, clock));
    if (at === null) {
      lost++;
      continue;
    }
    out.push({
      id: c.record.id,
      at,
      kind: 'commit',
      repo: c.record.repo,
      source: 'hook',
      ...(c.sha ? { sha: c.sha } : {}),
      ...(c.record.branch ? { branch: c.record.branch } : {}),
      ...(info ? { author: info.author, subject: info.subject } : {}),
      ...(c.rewrittenFrom ? { rewrittenFrom: c.rewrittenFrom } : {}),
    });
  }
  for (const r of hooks) {
    if (r.kind === 'commit') continue;
    const at = uptimeAt(r, clock);
    if (at === null) {
      lost++;
      continue;
    }
    const sha = r.kind === 'rewrite' ? undefined : r.sha;
    out.push({ id: r.id, at, kind: r.kind, repo: r.repo, source: 'hook', ...(sha ? { sha } : {}), ...(r.branch ? { branch: r.branch } : {}) });
  }
  for (const r of records.filter((x): x is StoredShellRecord => x.source === 'shell')) {
    out.push({ id: r.id, at: Date.parse(r.at), kind: r.kind, repo: r.repo, source: 'shell', shell: String(r.pid) });
  }
  return { out, lost };
}

const RANK: Record<ActivityRecord['kind'], number> = { checkout: 0, enter: 1, commit: 2, merge: 3, rewrite: 4, heartbeat: 5, leave: 6 };

export interface ResolveOptions {
  env: Env;
  clock: Clock;
  home: string;
  exclude: string[];
  clientOf: (top: string, remotes: string[]) => string | null;
}

export async function resolveAll(records: readonly StoredActivity[], o: ResolveOptions): Promise<{ records: ActivityRecord[]; warnings: string[]; repos: Map<string, string | null> }> {
  const byRepo = new Map<string, StoredActivity[]>();
  for (const r of records) {
    if (excludedBy(o.exclude, r.repo, o.home)) continue;
    byRepo.set(r.repo, [...(byRepo.get(r.repo) ?? []), r]);
  }
  const all: ActivityRecord[] = [];
  const warnings: string[] = [];
  const repos = new Map<string, string | null>();
  for (const [top, list] of [...byRepo].sort((a, b) => a[0].localeCompare(b[0]))) {
    const shas = [...new Set(list.flatMap((r) => (r.source === 'hook' ? [r.sha, ...(r.pairs ?? []).map((p) => p[1])] : [])).filter((s): s is string => Boolean(s)))];
    const facts = await repoFacts(top, shas, o.env).catch(() => ({ commits: new Map(), remotes: [], ok: false }));
    if (!facts.ok && shas.length) warnings.push(`${top}: git cannot read this repo now (moved or deleted?); its records are shown without author and subject`);
    const client = o.clientOf(top, facts.remotes);
    repos.set(top, client);
    const { out, lost } = resolveRepo(list, facts, o.clock);
    if (lost) warnings.push(`${top}: ${lost} record(s) were written before the last reboot and carry no time of their own; left out`);
    for (const r of out) all.push({ ...r, client });
  }
  // Shards keep records in id order, not writing order: within one second, enter comes before leave.
  all.sort((a, b) => a.at - b.at || RANK[a.kind] - RANK[b.kind] || a.id.localeCompare(b.id));
  return { records: all, warnings, repos };
}
