// Today's activity for `tt status`, which must stay fast: no git, no zod, only small files. It reads
// the unfolded journal and this month's shard of this device, the latter through a cache
// (state/activity-today.json) rebuilt only when the shard changed, i.e. once after each fold.
import { join } from 'node:path';
import type { Store } from '../store/store.ts';
import { readIfExists, writeAtomic } from '../store/io.ts';
import { parseJournal } from '../store/journal.ts';
import { asideFiles } from '../store/fold.ts';
import { shardPath } from '../store/shard.ts';
import { localDate, startOfDay } from '../core/time.ts';
import { realClock, uptimeAt, type Clock } from './clock.ts';
import type { Slim } from './nudge.ts';
import type { StoredActivity } from '../core/activity-records.ts';

export function slim(r: StoredActivity, clock: Clock): Slim | null {
  if (r.source === 'shell') return { at: Date.parse(r.at), kind: r.kind, repo: r.repo, shell: String(r.pid) };
  const at = uptimeAt(r, clock) ?? (r.at ? Date.parse(r.at) : null);
  return at === null || r.kind === 'rewrite' ? null : { at, kind: r.kind, repo: r.repo };
}

function isActivity(r: { source?: unknown; repo?: unknown }): boolean {
  return (r.source === 'hook' || r.source === 'shell') && typeof r.repo === 'string';
}

export function todayRecords(store: Store): Slim[] {
  const { ctx, p } = store;
  if (!ctx.fs.existsSync(p.root)) return []; // status never creates the data folder
  const tz = store.tz();
  const day = localDate(ctx.now(), tz);
  const start = startOfDay(day, tz);
  const clock = realClock(ctx.clock());
  const out: Slim[] = [];
  const add = (r: Record<string, unknown>): void => {
    const s = isActivity(r) ? slim(r as unknown as StoredActivity, clock) : null;
    if (s && s.at >= start) out.push(s);
  };
  for (const r of shardToday(store, day, start, clock)) out.push(r);
  for (const file of [...asideFiles(ctx, p), p.journal]) {
    const text = readIfExists(ctx.fs, file);
    if (text) for (const r of parseJournal(text).records) add(r);
  }
  return out;
}

function shardToday(store: Store, day: string, start: number, clock: Clock): Slim[] {
  const { ctx, p } = store;
  let path: string;
  let stamp: string;
  try {
    path = shardPath(p.activity, store.device(), new Date(ctx.now()).toISOString());
    const st = ctx.fs.statSync(path);
    stamp = `${day} ${st.size} ${st.mtimeMs}`;
  } catch {
    return [];
  }
  const cachePath = join(p.state, 'activity-today.json');
  try {
    const cache = JSON.parse(readIfExists(ctx.fs, cachePath) ?? 'null') as { stamp?: string; records?: Slim[] } | null;
    if (cache?.stamp === stamp && Array.isArray(cache.records)) return cache.records;
  } catch {
    /* a damaged cache is rebuilt */
  }
  let records: Slim[] = [];
  try {
    const doc = JSON.parse(ctx.fs.readFileSync(path, 'utf8')) as { events?: Record<string, unknown>[] };
    records = (doc.events ?? []).filter(isActivity).map((r) => slim(r as unknown as StoredActivity, clock)).filter((r): r is Slim => r !== null && r.at >= start);
  } catch {
    return []; // a damaged shard is for `tt doctor`; status just shows less
  }
  try {
    writeAtomic(ctx.fs, cachePath, JSON.stringify({ stamp, records }));
  } catch {
    /* read-only data folder: status still works, only slower */
  }
  return records;
}
