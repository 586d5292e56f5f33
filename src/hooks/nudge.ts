// The status nudge, as a pure rule over today's records: a repo of a known client whose activity
// is still in session (its last record at most session.gap ago) while no timer runs for that client,
// its amount counted from the first commit minus the lead-in or the terminal's arrival;
// and presence: a terminal that entered a repo, has not left it, and was seen within `idle`.
import type { ActivityKind } from '../core/activity-records.ts';

export interface Slim {
  at: number;
  kind: ActivityKind;
  repo: string;
  shell?: string;
}

export interface Nudge {
  repo: string;
  client: string;
  since: number; // the session's first record minus the lead-in, as reconcile counts it
  ms: number; // from `since` to the last record
  last: number; // the last record
  timerClient: string | null; // the client a running timer belongs to, when another one
}

export interface Presence {
  repo: string;
  client: string | null;
  since: number;
}

export interface NudgeRules {
  gapMs: number;
  leadInMs: number;
  idleMs: number;
}

export function nudges(records: readonly Slim[], clients: ReadonlyMap<string, string>, timerClient: string | null, now: number, r: NudgeRules): Nudge[] {
  const byRepo = new Map<string, Slim[]>();
  for (const x of records) if (x.kind !== 'leave' && x.at <= now) byRepo.set(x.repo, [...(byRepo.get(x.repo) ?? []), x]);
  const out: Nudge[] = [];
  for (const [repo, recs] of byRepo) {
    const client = clients.get(repo);
    if (!client || client === timerClient) continue;
    recs.sort((a, b) => a.at - b.at);
    const last = recs[recs.length - 1]!.at;
    if (now - last > r.gapMs) continue;
    let i = recs.length - 1;
    while (i > 0 && recs[i]!.at - recs[i - 1]!.at <= r.gapMs) i--;
    const session = recs.slice(i);
    // The lead-in is work before a commit (as reconcile counts it); a terminal's presence starts when
    // it entered the repo, so a bare `cd` is no activity at all.
    const since = Math.min(...session.map((x) => (x.shell === undefined ? x.at - r.leadInMs : x.at)));
    if (last <= since) continue;
    out.push({ repo, client, since, ms: last - since, last, timerClient });
  }
  return out.sort((a, b) => b.ms - a.ms);
}

/** Activity quiet for longer than `idle` has ended: what it needs is an entry, not a timer. */
export const ended = (n: Nudge, now: number, idleMs: number): boolean => now - n.last > idleMs;

export function presence(records: readonly Slim[], clients: ReadonlyMap<string, string>, now: number, idleMs: number): Presence[] {
  const open = new Map<string, { repo: string; since: number; seen: number }>();
  for (const x of [...records].filter((y) => y.shell !== undefined).sort((a, b) => a.at - b.at)) {
    const cur = open.get(x.shell!);
    if (x.kind === 'enter') open.set(x.shell!, { repo: x.repo, since: x.at, seen: x.at });
    else if (x.kind === 'leave' && cur?.repo === x.repo) open.delete(x.shell!);
    else if (x.kind === 'heartbeat' && cur?.repo === x.repo) cur.seen = x.at;
  }
  const byRepo = new Map<string, number>();
  for (const p of open.values()) {
    if (now - p.seen > idleMs) continue;
    byRepo.set(p.repo, Math.min(byRepo.get(p.repo) ?? Infinity, p.since));
  }
  return [...byRepo].map(([repo, since]) => ({ repo, client: clients.get(repo) ?? null, since })).sort((a, b) => a.since - b.since);
}
