// Reading activity: the folded shards of every device plus journal lines not folded yet, resolved
// with git (resolve.ts). This is what `tt activity` prints and what reconcile calls:
//   loadActivity(store, { start, end }) -> ActivityRecord[]   (epoch ms, [start, end))
import { join } from 'node:path';
import { readIfExists } from '../store/io.ts';
import { parseJournal } from '../store/journal.ts';
import type { Store } from '../store/store.ts';
import { asideFiles } from '../store/fold.ts';
import { clientForRepo } from '../core/repo-rules.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { excludeRules } from './exclude.ts';
import { writeRepoMap } from './repo-map.ts';
import { realClock } from './clock.ts';
import { resolveAll } from './resolve.ts';
import type { ActivityRecord, StoredActivity } from '../core/activity-records.ts';

export interface Window {
  start: number;
  end: number;
}

export interface ActivityRead {
  records: ActivityRecord[];
  warnings: string[];
}

function isStored(r: { source?: unknown; kind?: unknown; repo?: unknown }): boolean {
  return (r.source === 'hook' || r.source === 'shell') && typeof r.repo === 'string' && typeof r.kind === 'string';
}

/** Every stored hook and shell record, folded or not, once each. */
export async function readStoredActivity(store: Store): Promise<{ records: StoredActivity[]; warnings: string[] }> {
  const warnings = await store.fold().catch((err: Error) => [`the journal was not folded: ${err.message}`]);
  const { readShards } = await import('../store/read.ts');
  const read = readShards(store.ctx.fs, store.p.activity, 'activity');
  for (const d of read.damaged) warnings.push(d.message);
  const seen = new Set<string>();
  const records: StoredActivity[] = [];
  const take = (r: Record<string, unknown>): void => {
    if (!isStored(r) || seen.has(r.id as string)) return;
    seen.add(r.id as string);
    records.push(r as unknown as StoredActivity);
  };
  for (const r of read.events) take(r);
  for (const file of [...asideFiles(store.ctx, store.p), store.p.journal]) {
    const text = readIfExists(store.ctx.fs, file);
    if (text) for (const r of parseJournal(text).records) take(r);
  }
  return { records, warnings };
}

export async function readActivity(store: Store, window?: Window): Promise<ActivityRead> {
  const { ctx } = store;
  const stored = await readStoredActivity(store);
  const clients = readClientsLoose(ctx.fs, store.p.clients);
  const resolved = await resolveAll(stored.records, {
    env: ctx.env,
    clock: realClock(ctx.clock()),
    home: ctx.home,
    exclude: excludeRules(store.config()['hooks.exclude']),
    clientOf: (top, remotes) => clientForRepo(clients, top, remotes, ctx.home),
  });
  try {
    writeRepoMap(ctx.fs, join(store.p.state, 'repos'), resolved.repos);
  } catch {
    /* the prompt's map is a convenience; reading activity must not fail for it */
  }
  const records = window ? resolved.records.filter((r) => r.at >= window.start && r.at < window.end) : resolved.records;
  return { records, warnings: [...stored.warnings, ...resolved.warnings] };
}

/** For reconcile: the resolved records in [start, end). */
export async function loadActivity(store: Store, window: Window): Promise<ActivityRecord[]> {
  return (await readActivity(store, window)).records;
}
