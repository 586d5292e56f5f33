// Moves this device's time records into the shard of the month of the work (work-month.ts), once:
// an older tt put each record in the month it was written, so a 34-year import landed in one shard
// and an edit of an old entry in a later one. Runs under the lock, at the start of a fold, until
// state/layout.json says it is done (state/ is local: each device moves its own files only, and
// another device's files are left as that device wrote them).
//
// Safe to kill at any point, and resumed by the next fold (the marker is written last):
//  1. every shard that should hold records it lacks is rewritten with them added (each write atomic),
//     so for a while a record may sit in two files of this device; every reader takes a record once
//     by its id, so nothing shows twice;
//  2. only then is each shard rewritten without the records that belong elsewhere (a shard left
//     empty is removed): a record leaves a file only once its new file holds it.
// Sync compares a device's records across all its files (src/sync/), so moving them between this
// device's own month files keeps every record where another device looks for it.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { Ctx } from '../platform/context.ts';
import { envFailure, readIfExists, writeAtomic } from './io.ts';
import type { Paths } from './paths.ts';
import { listShards, openShard, shardAdapter, shardPath, type StoredRecord, type Validate } from './shard.ts';
import { EntryMonths, workMonth } from './work-month.ts';

export const LAYOUT = 2; // 1: by the month recorded; 2: by the month of the work

export interface LayoutDeps {
  validateTime: Validate;
  device: string;
}

/** Where each of this device's records is and where it belongs: what the move and `tt doctor` look at. */
export function misplaced(ctx: Ctx, p: Paths, deps: LayoutDeps): { moves: Map<string, StoredRecord[]>; files: Map<string, StoredRecord[]>; damaged: DataError[] } {
  const own = join(p.events, deps.device);
  const months = new EntryMonths(ctx.fs, p.events);
  const files = new Map<string, StoredRecord[]>();
  const damaged: DataError[] = [];
  for (const path of listShards(ctx.fs, p.events)) {
    const text = readIfExists(ctx.fs, path);
    if (text === null) continue;
    try {
      const events = shardAdapter(ctx.fs, path, deps.validateTime).parse(text).events;
      for (const e of events) months.note(e);
      if (path.startsWith(`${own}/`)) files.set(path, events);
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      if (path.startsWith(`${own}/`)) damaged.push(err);
    }
  }
  const moves = new Map<string, StoredRecord[]>();
  const nowIso = new Date(ctx.now()).toISOString();
  for (const [path, events] of files) {
    for (const e of events) {
      const target = shardPath(p.events, deps.device, workMonth(e, months, nowIso));
      if (target === path) continue;
      const list = moves.get(target) ?? [];
      list.push(e);
      moves.set(target, list);
    }
  }
  return { moves, files, damaged };
}

/**
 * Moves the records (when the marker is missing, or `force`, for `tt doctor --repair`); returns
 * warnings. A damaged shard of this device stops the move until it is repaired: its records
 * cannot be placed, and the move must never be half of what it claims.
 */
export function migrateLayout(ctx: Ctx, p: Paths, deps: LayoutDeps, o: { force?: boolean } = {}): string[] {
  if (!o.force && ctx.fs.existsSync(p.layout)) return [];
  const { moves, files, damaged } = misplaced(ctx, p, deps);
  if (damaged.length) {
    return [`${damaged[0]!.message}; this device's shards are moved to the month of the work once it is repaired (\`tt doctor --repair\`)`];
  }
  const byId = (a: StoredRecord, b: StoredRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  try {
    // 1. Add each record to its new shard.
    for (const [target, incoming] of moves) {
      const db = openShard(ctx.fs, target, deps.validateTime);
      const have = new Set(db.data.events.map((e) => e.id));
      const add = incoming.filter((e) => !have.has(e.id) && (have.add(e.id), true));
      if (!add.length) continue;
      db.data.events.push(...add);
      db.data.events.sort(byId);
      db.write();
      files.set(target, db.data.events);
    }
    // 2. Then take it out of its old one.
    const moved = new Map<string, Set<string>>();
    for (const [target, incoming] of moves) for (const e of incoming) moved.set(e.id, (moved.get(e.id) ?? new Set()).add(target));
    for (const [path, events] of files) {
      const keep = events.filter((e) => !moved.get(e.id) || moved.get(e.id)!.has(path));
      if (keep.length === events.length) continue;
      if (keep.length) writeAtomic(ctx.fs, path, shardAdapter(ctx.fs, path, deps.validateTime).text({ version: 1, events: keep }));
      else ctx.fs.unlinkSync(path);
    }
    writeAtomic(ctx.fs, p.layout, `${JSON.stringify({ layout: LAYOUT })}\n`);
  } catch (err) {
    throw envFailure(err, `move this device's records to the month of their work in ${p.events}`, ctx.fs);
  }
  return [];
}
