// Folding moves journal records into month shards, under the lock:
//  1. the journal is renamed aside (writers then append to a fresh journal);
//  2. every aside file's records are merged into this device's shards, skipping ids already there,
//     so a fold repeated after a crash adds nothing twice;
//  3. an aside file is deleted only once it has been quiet for a while, because a writer that opened
//     the journal just before the rename may still append to it; until then it is simply re-read.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { Ctx } from '../platform/context.ts';
import { appendLine, envFailure } from './io.ts';
import { alive } from './lock.ts';
import { isTimeRecord, parseJournal } from './journal.ts';
import type { Paths } from './paths.ts';
import { openShard, shardPath, type StoredRecord, type Validate } from './shard.ts';
import { ulid } from 'ulid';
import { randomFraction } from './random.ts';

const QUIET_MS = 2000;

export interface FoldResult {
  folded: number;
  warnings: string[];
}

export interface FoldDeps {
  validateTime: Validate;
  validateActivity: Validate;
  device: string;
}

export function asideFiles(ctx: Ctx, p: Paths): string[] {
  if (!ctx.fs.existsSync(p.root)) return [];
  return ctx.fs
    .readdirSync(p.root)
    .filter((f) => /^journal\.[0-9A-Z]+\.aside$/.test(f))
    .sort()
    .map((f) => join(p.root, f));
}

function recordMonthIso(r: StoredRecord, fallback: string): string {
  return typeof r.at === 'string' && /^\d{4}-\d{2}/.test(r.at) ? r.at : fallback;
}

/**
 * A fold killed while writing a shard leaves its temp file (`<shard>.<pid>.<random>.tmp`). Shards are
 * written only under the lock, which we hold, so a temp file whose writer is gone is garbage.
 */
function removeDeadTemps(ctx: Ctx, dir: string): void {
  let names: string[];
  try {
    names = ctx.fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/\.(\d+)\.[0-9a-z]+\.tmp$/.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(pid) || pid === ctx.pid || alive(pid)) continue;
    try {
      ctx.fs.unlinkSync(join(dir, name));
    } catch {
      /* tidying only: a folder we cannot write fails the fold below with a proper message */
    }
  }
}

/** Runs with the lock already held. */
export function foldLocked(ctx: Ctx, p: Paths, deps: FoldDeps): FoldResult {
  const warnings: string[] = [];
  for (const dir of [p.events, p.activity]) removeDeadTemps(ctx, join(dir, deps.device));
  try {
    if (ctx.fs.existsSync(p.journal) && ctx.fs.statSync(p.journal).size > 0) {
      ctx.fs.renameSync(p.journal, join(p.root, `journal.${ulid(ctx.now(), randomFraction)}.aside`));
    }
  } catch (err) {
    throw envFailure(err, `set the journal aside in ${p.root}`);
  }
  let folded = 0;
  const nowIso = new Date(ctx.now()).toISOString();
  for (const file of asideFiles(ctx, p)) {
    const quietSince = ctx.fs.statSync(file).mtimeMs;
    const { records, bad } = parseJournal(ctx.fs.readFileSync(file, 'utf8'));
    const byShard = new Map<string, { records: StoredRecord[]; validate: Validate }>();
    for (const r of records) {
      const time = isTimeRecord(r);
      const path = shardPath(time ? p.events : p.activity, deps.device, recordMonthIso(r, nowIso));
      const group = byShard.get(path) ?? { records: [], validate: time ? deps.validateTime : deps.validateActivity };
      group.records.push(r);
      byShard.set(path, group);
    }
    let complete = true;
    for (const [path, group] of byShard) {
      try {
        const db = openShard(ctx.fs, path, group.validate);
        const have = new Set(db.data.events.map((e) => e.id));
        let added = 0;
        for (const r of group.records) {
          if (have.has(r.id)) continue;
          const problem = group.validate(r);
          if (problem) {
            bad.push({ line: 0, text: JSON.stringify(r), why: problem });
            continue;
          }
          db.data.events.push(r);
          have.add(r.id);
          added++;
        }
        if (added) {
          db.data.events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          db.write();
          folded += added;
        }
      } catch (err) {
        if (!(err instanceof DataError)) throw err;
        complete = false;
        warnings.push(`${err.message}; its new records stay in ${file} until it is repaired`);
      }
    }
    if (complete && Date.now() - quietSince > QUIET_MS) {
      for (const b of bad) {
        appendLine(ctx.fs, join(p.quarantine, 'journal.bad'), JSON.stringify({ from: file, line: b.line, why: b.why, text: b.text }));
        warnings.push(`${file}:${b.line}: ${b.why}; moved to ${join(p.quarantine, 'journal.bad')}`);
      }
      try {
        ctx.fs.unlinkSync(file);
      } catch (err) {
        throw envFailure(err, `remove the folded journal ${file}`);
      }
    }
  }
  return { folded, warnings };
}
