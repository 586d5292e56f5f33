// What `tt status` says about captured activity, before the timer: the nudge ("acme-web: 0:40 of
// activity, no timer: tt start acme") and live presence ("in acme-web since 09:12").
import { basename } from 'node:path';
import type { Entry } from '../core/events.ts';
import { formatHM, hours } from '../core/duration.ts';
import { formatClock, isoUtc } from '../core/time.ts';
import type { Store } from '../store/store.ts';
import { ended, nudges, presence, type Nudge } from './nudge.ts';
import { readDecided, undecided } from '../store/repo-map.ts';
import { todayRecords } from './today.ts';

export interface CaptureNotes {
  lines: string[];
  json: {
    nudges: { repo: string; client: string; since: string; hours: number; timerClient: string | null; hint: string }[];
    presence: { repo: string; client: string | null; since: string }[];
  };
}

const minutes = (v: unknown, fallback: number): number => (typeof v === 'number' && v > 0 ? v : fallback) * 60_000;

/**
 * The client of each of today's repos: from state/repos, and for a repo not decided yet (a new clone
 * that matches a client's glob, before any fold or `tt activity`) decided now, without git.
 */
async function repoClients(store: Store, records: readonly { repo: string }[]): Promise<Map<string, string>> {
  const d = readDecided(store.ctx.fs, store.p);
  const tops = new Set(records.map((r) => r.repo));
  if (!undecided(d, tops).length) return d.map;
  const { decideRepos } = await import('../store/repo-decide.ts');
  try {
    return decideRepos(store, tops);
  } catch {
    return d.map; // the map is derived state: status answers with what it has
  }
}

export async function captureNotes(store: Store, timer: Entry | null): Promise<CaptureNotes> {
  const empty: CaptureNotes = { lines: [], json: { nudges: [], presence: [] } };
  try {
    const records = todayRecords(store);
    if (!records.length) return empty;
    const cfg = store.config();
    const map = await repoClients(store, records);
    const now = store.ctx.now();
    const tz = store.tz();
    const rules = { gapMs: minutes(cfg['session.gap'], 120), leadInMs: minutes(cfg['session.leadIn'], 30), idleMs: minutes(cfg.idle, 15) };
    const n = nudges(records, map, timer?.client ?? null, now, rules);
    const p = presence(records, map, now, rules.idleMs);
    // Activity still going wants a timer; activity that ended a while ago wants an entry for it.
    const hint = (x: Nudge): string =>
      ended(x, now, rules.idleMs) ? `tt add ${x.client} --from ${formatClock(x.since, tz)} --to ${formatClock(x.last, tz)} (or tt review)` : `tt start ${x.client}`;
    const until = (x: Nudge): string => (ended(x, now, rules.idleMs) ? ` until ${formatClock(x.last, tz)}` : '');
    const lines = [
      ...n.map((x) => `${basename(x.repo)}: ${formatHM(x.ms)} of activity${until(x)}, ${x.timerClient ? `the timer runs for ${x.timerClient}` : 'no timer'}: ${hint(x)}`),
      ...p.map((x) => `in ${basename(x.repo)} since ${formatClock(x.since, tz)}${x.client ? ` (${x.client})` : ''}`),
    ];
    return {
      lines,
      json: {
        nudges: n.map((x) => ({ repo: x.repo, client: x.client, since: isoUtc(x.since), hours: hours(x.ms), timerClient: x.timerClient, hint: hint(x) })),
        presence: p.map((x) => ({ repo: x.repo, client: x.client, since: isoUtc(x.since) })),
      },
    };
  } catch {
    return empty; // status must answer even when capture data is unreadable; `tt doctor` reports it
  }
}
