// Folding moves journal records into month shards, under the lock:
//  1. the journal is renamed aside (writers then append to a fresh journal);
//  2. the records of every aside file are merged into this device's shards, skipping ids already
//     there, so a fold repeated after a crash adds nothing twice; each shard is read and written once;
//  3. an aside file is deleted only once it has been unchanged for GRACE_MS since it was set aside or
//     last written. A writer (a hook's `printf >>`, which can neither lock nor check again) that opened
//     the journal just before the rename appends to the aside file, however long it was held up in
//     between; until the grace period is over the file is merged again by every fold, which adds
//     only what is new. Deleting sooner would drop such a record while its writer reported success.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { Ctx } from '../platform/context.ts';
import { appendLine, envFailure, refuseLinks } from './io.ts';
import { alive } from './lock.ts';
import { isTimeRecord, parseJournal, type ParsedJournal } from './journal.ts';
import type { Paths } from './paths.ts';
import { openShard, shardPath, type StoredRecord, type Validate } from './shard.ts';
import { decodeTime, ulid } from 'ulid';
import { randomFraction } from './random.ts';
import { EntryMonths, recordedMonth, workMonth } from './work-month.ts';
import { migrateLayout } from './migrate-layout.ts';

/** Far longer than any append takes, even one held up by a loaded machine or a stopped process. */
export const GRACE_MS = 10 * 60_000;

export interface FoldResult {
  folded: number;
  warnings: string[];
  /** The repos of the activity records merged, whose client the caller decides (repo-decide.ts). */
  repos: Set<string>;
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

/**
 * A fold killed while writing a shard leaves its temp file (`<shard>.<pid>.<random>.tmp`). Shards are
 * written only under the lock, which we hold, so a temp file whose writer is gone is garbage.
 */
function removeDeadTemps(ctx: Ctx, dir: string): void {
  let names: string[];
  try {
    refuseLinks(ctx.fs, dir); // a folder that is a link is not tt's to tidy (the fold reports it)
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

/**
 * Whether a fold has work with this aside file: its grace period is over, so it can go. Until then
 * its records are in the shards already (a fold merged them) or are read from it where it lies; a
 * line appended to it late is merged by the fold that removes it, or by the next one the journal
 * brings.
 */
export function asideDue(ctx: Ctx, file: string): boolean {
  try {
    return ctx.clock() - Math.max(ctx.fs.statSync(file).mtimeMs, setAsideAt(file)) > GRACE_MS;
  } catch {
    return false; // gone: a fold removed it
  }
}

/** When an aside file was set aside: the real time in its name (a ULID), 0 when it has none. */
function setAsideAt(file: string): number {
  try {
    return decodeTime(/journal\.([0-9A-Z]+)\.aside$/.exec(file)?.[1] ?? '');
  } catch {
    return 0;
  }
}

interface Aside {
  file: string;
  size: number;
  mtimeMs: number;
  quietSince: number;
  parsed: ParsedJournal;
  complete: boolean; // every shard its records go to took them
}

/** Runs with the lock already held. */
export function foldLocked(ctx: Ctx, p: Paths, deps: FoldDeps): FoldResult {
  const warnings: string[] = [];
  for (const dir of [p.events, p.activity]) removeDeadTemps(ctx, join(dir, deps.device));
  // An older tt cut history by the month each record was written: moved once, before anything is added.
  warnings.push(...migrateLayout(ctx, p, deps));
  try {
    refuseLinks(ctx.fs, p.journal);
    if (ctx.fs.existsSync(p.journal) && ctx.fs.statSync(p.journal).size > 0) {
      // The real clock (ctx.clock), not ctx.now() (pinned by TT_NOW): the name tells when the grace period began.
      ctx.fs.renameSync(p.journal, join(p.root, `journal.${ulid(ctx.clock(), randomFraction)}.aside`));
    }
  } catch (err) {
    throw envFailure(err, `set the journal aside in ${p.root}`, ctx.fs, p.journal);
  }
  const nowIso = new Date(ctx.now()).toISOString();
  // Taken before reading: an append after this moment makes the file look changed next time.
  const asides: Aside[] = asideFiles(ctx, p).map((file) => {
    const s = ctx.fs.statSync(file);
    const parsed = parseJournal(ctx.fs.readFileSync(file, 'utf8'));
    return { file, size: s.size, mtimeMs: s.mtimeMs, quietSince: Math.max(s.mtimeMs, setAsideAt(file)), parsed, complete: true };
  });
  const byShard = new Map<string, { records: { r: StoredRecord; from: Aside }[]; validate: Validate }>();
  // Time records go to the month of the work (work-month.ts), activity to the month it happened.
  const months = new EntryMonths(ctx.fs, p.events);
  for (const a of asides) for (const r of a.parsed.records) if (isTimeRecord(r)) months.note(r);
  for (const a of asides) {
    for (const r of a.parsed.records) {
      const time = isTimeRecord(r);
      const path = shardPath(time ? p.events : p.activity, deps.device, time ? workMonth(r, months, nowIso) : recordedMonth(r, nowIso));
      const group = byShard.get(path) ?? { records: [], validate: time ? deps.validateTime : deps.validateActivity };
      group.records.push({ r, from: a });
      byShard.set(path, group);
    }
  }
  let folded = 0;
  const repos = new Set<string>();
  for (const [path, group] of byShard) {
    try {
      const db = openShard(ctx.fs, path, group.validate);
      const have = new Set(db.data.events.map((e) => e.id));
      let added = 0;
      for (const { r, from } of group.records) {
        if (have.has(r.id)) continue;
        const problem = group.validate(r);
        if (problem) {
          from.parsed.bad.push({ line: 0, text: JSON.stringify(r), why: problem });
          continue;
        }
        db.data.events.push(r);
        have.add(r.id);
        if (typeof r.repo === 'string') repos.add(r.repo);
        added++;
      }
      if (added) {
        db.data.events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        db.write();
        folded += added;
      }
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      const files = new Set(group.records.map((x) => x.from));
      for (const a of files) a.complete = false;
      const where = files.size === 1 ? [...files][0]!.file : `${files.size} journals set aside in ${p.root}`;
      warnings.push(`${err.message}; its new records stay in ${where} until it is repaired`);
    }
  }
  for (const a of asides) {
    if (!a.complete || ctx.clock() - a.quietSince <= GRACE_MS) continue;
    const now = ctx.fs.statSync(a.file);
    if (now.size !== a.size || now.mtimeMs !== a.mtimeMs) continue; // written to since it was read: merged next time
    // Quiet for the whole grace period: no writer is left, so an unfinished last line is bad too.
    const bad = parseJournal(ctx.fs.readFileSync(a.file, 'utf8'), { final: true }).bad;
    for (const b of [...bad, ...a.parsed.bad.filter((x) => x.line === 0)]) {
      appendLine(ctx.fs, join(p.quarantine, 'journal.bad'), JSON.stringify({ from: a.file, line: b.line, why: b.why, text: b.text }));
      warnings.push(`${a.file}:${b.line}: ${b.why}; moved to ${join(p.quarantine, 'journal.bad')}`);
    }
    try {
      ctx.fs.unlinkSync(a.file);
    } catch (err) {
      throw envFailure(err, `remove the folded journal ${a.file}`, ctx.fs, a.file);
    }
  }
  return { folded, warnings, repos };
}
