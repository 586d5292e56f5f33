// The status nudge, as a pure rule over today's records: a repo of a known client whose activity
// is still in session (its last record at most session.gap ago) while no timer runs for that client;
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
  const byRepo = new Map<string, number[]>();
  for (const x of records) if (x.kind !== 'leave' && x.at <= now) byRepo.set(x.repo, [...(byRepo.get(x.repo) ?? []), x.at]);
  const out: Nudge[] = [];
  for (const [repo, times] of byRepo) {
    const client = clients.get(repo);
    if (!client || client === timerClient) continue;
    times.sort((a, b) => a - b);
    const last = times[times.length - 1]!;
    if (now - last > r.gapMs) continue;
    let first = last;
    for (let i = times.length - 2; i >= 0 && first - times[i]! <= r.gapMs; i--) first = times[i]!;
    out.push({ repo, client, since: first - r.leadInMs, ms: last - (first - r.leadInMs), timerClient });
  }
  return out.sort((a, b) => b.ms - a.ms);
}

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
