// Collects the evidence for a window: tracked entries from history, meetings from the calendars, hook
// and shell records, and the git history of every repo a rule names, a record mentions, or the
// command line gives. Each repo's client comes from the repo rules (clientForRepo).
import type { Ctx } from '../platform/context.ts';
import type { Client } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import type { Entry } from '../core/events.ts';
import { clientForRepo } from '../core/repo-rules.ts';
import type { Store } from '../store/store.ts';
import { loadActivityRecords, loadMeetingSpans, type ActivityRecord, type Window } from './adapters.ts';
import { GitLogError, type LogCommit } from './git-log.ts';
import type { Progress } from './progress.ts';
import type { Evidence, Settings } from './reconcile.ts';
import { RepoLogs } from './repo-logs.ts';
import { expandRepoRules, isBare, repoTop } from './repos.ts';
import type { Point, PresenceRecord } from './rules/types.ts';

export interface CollectOptions {
  window: Window; // what the result covers
  settings: Settings;
  meEmails: string[];
  clients: Client[];
  entries: Entry[];
  progress: Progress;
  /** --repo PATH: read when `logs` is not given (callers that start repos early pass `logs`). */
  repoArgs?: string[];
}

const POINT_KINDS = new Set(['commit', 'checkout', 'merge']);
const PRESENCE_KINDS = new Set(['enter', 'heartbeat', 'leave']);

/**
 * Evidence just outside the window still shapes what is inside: a commit an hour before it joins a
 * session that runs into it, and one just after it has a lead-in that reaches back.
 */
export function readWindow(w: Window, s: Settings): Window {
  return { start: w.start - Math.max(s.gapMs, s.leadInMs, s.idleMs), end: w.end + s.leadInMs };
}

/** Starts reading the repos the rules and `--repo` name, so git works while the rest is read. */
export async function startRepos(ctx: Ctx, clients: readonly Client[], repoArgs: readonly string[], read: Window): Promise<RepoLogs> {
  const tops = new Set(expandRepoRules(ctx.fs, clients, ctx.home));
  for (const path of repoArgs) {
    const top = await repoTop(path);
    if (!top && (await isBare(path))) {
      throw new UsageError(`--repo ${path} is a bare repository (no working tree): tt reads the clones you work in`, 'Give the folder of your clone of it (or one inside it).');
    }
    if (!top) throw new UsageError(`--repo ${path}: not a git repository`, 'Give the folder of a git repository (or one inside it).');
    tops.add(top);
  }
  const logs = new RepoLogs(read.start);
  for (const top of [...tops].sort()) logs.start(top);
  return logs;
}

export async function collectEvidence(ctx: Ctx, store: Store, o: CollectOptions, started?: RepoLogs): Promise<{ evidence: Evidence; warnings: string[] }> {
  const { window: w } = o;
  const read = readWindow(w, o.settings);
  const logs = started ?? (await startRepos(ctx, o.clients, o.repoArgs ?? [], read));
  try {
    return await collect(ctx, store, logs, o, read);
  } catch (err) {
    logs.discard();
    throw err;
  }
}

async function collect(ctx: Ctx, store: Store, logs: RepoLogs, o: CollectOptions, read: Window): Promise<{ evidence: Evidence; warnings: string[] }> {
  const w = o.window;
  const now = ctx.now();
  const tracked = o.entries.map((e) => ({ start: e.start, end: e.end ?? now, client: e.client })).filter((t) => t.end > w.start && t.start < w.end);
  const [activity, meetings] = await Promise.all([loadActivityRecords(store, read), loadMeetingSpans(store, w)]);
  const warnings = [...activity.warnings, ...meetings.warnings];
  o.progress.events(activity.items.length + meetings.items.length + tracked.length);
  // Repos seen only in hook or shell records (which is how `--remote` rules find repos).
  for (const r of activity.items) logs.start(r.repo);

  const me = o.meEmails.map((e) => e.toLowerCase());
  const repos = new Map<string, { client: string | null; authors: Set<string> }>();
  const points: Point[] = [];
  const seen = new Set<string>();
  // Repos are merged in path order, so which of two clones of one history keeps a shared commit
  // never depends on timing.
  for (const top of logs.tops()) {
    const { info, log } = logs.get(top);
    const i = await info;
    const client = clientForRepo(o.clients, top, i.remotes, ctx.home);
    const authors = new Set(i.email ? [...me, i.email] : me);
    repos.set(top, { client, authors });
    let commits: LogCommit[] = [];
    try {
      commits = await (await log).read({ authors, since: read.start, until: read.end, seen, onLines: (n) => o.progress.commits(n) });
    } catch (err) {
      // A repo that was deleted (a temp clone) still has its hook records, quietly; one that is
      // there but cannot be read is worth a warning. The other repos still count either way.
      if (!(err instanceof GitLogError)) throw err;
      if (ctx.fs.existsSync(top)) warnings.push(err.message);
    }
    for (const c of commits) points.push({ at: c.at, client, repo: top, source: 'commit', sha: c.sha, subject: c.subject });
  }
  const presence: PresenceRecord[] = [];
  for (const r of activity.items) {
    const repo = repos.get(r.repo);
    // A hook commit by someone else (a cherry-pick keeps its author) counts no more than in the log.
    if (r.kind === 'commit' && r.email && repo && !repo.authors.has(r.email)) continue;
    points.push(...activityPoint(r, repo?.client ?? null, presence));
  }
  return { evidence: { points, presence, tracked, meetings: meetings.items }, warnings };
}

/** A hook record becomes a point, a shell record a presence record; a rewrite adds no point. */
function activityPoint(r: ActivityRecord, client: string | null, presence: PresenceRecord[]): Point[] {
  if (PRESENCE_KINDS.has(r.kind)) {
    presence.push({ at: r.at, kind: r.kind as PresenceRecord['kind'], repo: r.repo, client, shell: r.shell });
    return [];
  }
  if (!POINT_KINDS.has(r.kind)) return [];
  return [{ at: r.at, client, repo: r.repo, source: 'hook', sha: r.sha, subject: r.subject, event: r.kind }];
}
