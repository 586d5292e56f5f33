// Rule 3a, sessions: points of one client at most `gap` apart join one session, which spans its first
// point minus `leadIn` to its last point. Points no rule maps are grouped by repo instead, so the
// unassigned list can name the repo a rule is missing for.
import type { Interval, Point } from './types.ts';

export interface SessionSettings {
  gapMs: number;
  leadInMs: number;
}

/**
 * One point per commit and per instant: a commit seen both in the log and by a hook is one point
 * (same sha, or same repo and instant), and a commit rebased onto a new sha keeps its author time, so
 * it adds nothing either. The log's record wins over the hook's, as it carries the subject.
 */
export function distinctPoints(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.at - b.at || rank(a) - rank(b));
  // A hook record of a commit the log also holds adds nothing, whatever time the hook wrote.
  const shas = new Set<string>();
  for (const p of points) if (p.source === 'commit' && p.sha) shas.add(p.sha);
  const out: Point[] = [];
  let runAt = NaN;
  let runRepos: string[] = []; // repos with a point at the current instant (points come sorted by time)
  for (const p of sorted) {
    if (p.source === 'hook' && p.sha) {
      if (shas.has(p.sha)) continue;
      shas.add(p.sha);
    }
    if (p.at !== runAt) {
      runAt = p.at;
      runRepos = [];
    } else if (runRepos.includes(p.repo)) continue;
    runRepos.push(p.repo);
    out.push(p);
  }
  return out;
}

/** The log's own records sort before hook records at the same instant. */
function rank(p: Point): number {
  return p.source === 'commit' ? 0 : 1;
}

export function buildSessions(points: readonly Point[], s: SessionSettings): Interval[] {
  // Keyed by client, or by repo (prefixed with a NUL no client name has) when no rule maps it.
  const groups = new Map<string, Point[]>();
  for (const p of distinctPoints(points)) {
    const key = p.client ?? `\u0000${p.repo}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const sessions: Interval[] = [];
  for (const group of groups.values()) {
    let run: Point[] = [];
    for (const p of group) {
      const last = run[run.length - 1];
      if (last && p.at - last.at > s.gapMs) {
        sessions.push(session(run, s.leadInMs));
        run = [];
      }
      run.push(p);
    }
    if (run.length) sessions.push(session(run, s.leadInMs));
  }
  return sessions.sort((a, b) => a.start - b.start || a.end - b.end);
}

function session(run: Point[], leadInMs: number): Interval {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return {
    start: first.at - leadInMs,
    end: last.at,
    client: first.client,
    kind: run.some((p) => p.source === 'commit') ? 'commit' : 'hook',
    level: 'activity',
    // Unassigned sessions are one repo's; a client's may span several, named by its points.
    repo: first.client === null || run.every((p) => p.repo === first.repo) ? first.repo : undefined,
    points: run,
  };
}
