// The history cache: state/history.cache, local to this machine (state/ is never synced), holding
// the replayed entries of every month shard, so that reading ten years of history costs a few stats
// and one small read instead of parsing, checking and replaying every event again (`tt report` over
// 50,000 intervals: docs/architecture.md, "History cache").
//
// It is only ever a copy. Each shard is remembered by its fingerprint (inode, size, change and
// modification times, taken before the shard is read) and by a hash of its event lines:
//  - a shard whose fingerprint is unchanged is trusted, unless it changed within RACY_MS of the
//    cache being written (a later change could then share its timestamps: git's "racy clean");
//  - a shard that changed is read again; if its old lines are still its first lines, untouched (fold
//    keeps shards sorted by id, so new events land after them), only the new lines are parsed,
//    checked and applied on top of the cached entries;
//  - anything else (a shard gone, an old line changed, an event older than the cache's newest, an
//    undo, a cache from another build) reads and replays everything, as without a cache.
// Failing to write the cache never fails a command: it is rebuilt on the next read.
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { DataError } from '../core/errors.ts';
import type { Entry, TimeEvent } from '../core/events.ts';
import { apply, byId, replay, sortEntries, undoneActions } from '../core/replay.ts';
import { fromColumns, toColumns, type EntryColumns } from './entry-columns.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from './io.ts';
import { listShards, shardAdapter, shardPath, type Validate } from './shard.ts';

// The build's hash of the code that decides what entries are (scripts/build.mjs): a cache written by
// another build of tt is never trusted.
declare const __TT_BUILD__: string | undefined;
const BUILD = typeof __TT_BUILD__ === 'string' ? __TT_BUILD__ : 'source';
const FORMAT = 1;
/** Coarser than any filesystem's timestamps (FAT's are 2 s). */
export const RACY_MS = 2000;

interface Fingerprint {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

interface ShardMark extends Fingerprint {
  path: string; // relative to the events folder
  count: number; // event lines
  prefix: string | null; // hash of the event lines; null when the file is not one event per line
}

interface CacheFile {
  format: number;
  build: string;
  shards: ShardMark[];
  maxId: string; // the newest event id the entries include
  undone: string[];
  entries: EntryColumns;
}

export interface CacheDeps {
  fs: Fs;
  eventsDir: string;
  cachePath: string;
  /** The shard validator, loaded only when a shard has to be read. */
  validate: () => Promise<Validate>;
  /** Write the cache when it was missing or out of date (read commands do; commands that change data do not). */
  remember: boolean;
  racyMs?: number;
}

export interface CachedHistory {
  entries: Entry[];
  damaged: DataError[];
  /** hit: the cache as it was; updated: new events applied on top; rebuilt: everything read again. */
  how: 'hit' | 'updated' | 'rebuilt';
}

export async function cachedEntries(d: CacheDeps): Promise<CachedHistory> {
  // Fingerprints first: a shard changing while it is read then shows as changed on the next read.
  const prints = fingerprints(d.fs, d.eventsDir);
  const cache = readCache(d);
  if (cache) {
    const updated = await update(d, cache.file, cache.writtenMs, prints);
    if (updated) return updated;
  }
  return rebuild(d, prints);
}

/** Whether every record is in the month shard a fold on this device merges it into. */
export function allInShards(fs: Fs, eventsDir: string, device: string, records: readonly TimeEvent[]): boolean {
  const idsIn = new Map<string, Set<string>>();
  return records.every((r) => {
    const path = shardPath(eventsDir, device, /^\d{4}-\d{2}/.test(r.at) ? r.at : '');
    let ids = idsIn.get(path);
    if (!ids) idsIn.set(path, (ids = shardIds(readIfExists(fs, path) ?? '')));
    return ids.has(r.id);
  });
}

/**
 * The ids in a shard's text, found without parsing it (a fold just merged thousands of records:
 * one pass, not one search per record). Any other "id" field only adds an id no record has.
 */
function shardIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/"id":"([^"\\]+)"/g)) ids.add(m[1]!);
  return ids;
}

function fingerprints(fs: Fs, dir: string): Map<string, Fingerprint> {
  const out = new Map<string, Fingerprint>();
  for (const path of listShards(fs, dir)) {
    try {
      const s = fs.statSync(path);
      out.set(relative(dir, path), { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs });
    } catch {
      /* gone since it was listed: it is simply not part of history now */
    }
  }
  return out;
}

function readCache(d: CacheDeps): { file: CacheFile; writtenMs: number } | null {
  try {
    const writtenMs = d.fs.statSync(d.cachePath).mtimeMs;
    const file = deserialize(d.fs.readFileSync(d.cachePath)) as CacheFile;
    if (file?.format !== FORMAT || file.build !== BUILD || !Array.isArray(file.shards)) return null;
    return { file, writtenMs };
  } catch {
    return null; // missing, unreadable or not a cache: read history the long way
  }
}

const samePrint = (a: Fingerprint, b: Fingerprint): boolean => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/** The cache brought up to date with the shards, or null when only a full read can say. */
async function update(d: CacheDeps, cache: CacheFile, writtenMs: number, prints: Map<string, Fingerprint>): Promise<CachedHistory | null> {
  const racyMs = d.racyMs ?? RACY_MS;
  const old = new Map(cache.shards.map((s) => [s.path, s]));
  for (const path of old.keys()) if (!prints.has(path)) return null;
  const marks: ShardMark[] = [];
  const fresh: TimeEvent[] = [];
  let changed = false;
  let validate: Validate | null = null;
  for (const [path, print] of prints) {
    const was = old.get(path);
    if (was && samePrint(was, print) && was.ctimeMs < writtenMs - racyMs) {
      marks.push(was);
      continue;
    }
    const text = readIfExists(d.fs, `${d.eventsDir}/${path}`);
    const lines = text === null ? null : eventLines(text);
    if (!lines) return null;
    const from = was ? was.count : 0;
    if (was && (was.prefix === null || lines.count < was.count || hashLines(text!, lines, was.count) !== was.prefix)) return null;
    for (let i = from; i < lines.count; i++) {
      let e: unknown;
      try {
        e = JSON.parse(lineAt(text!, lines, i));
      } catch {
        return null; // damaged: the full read reports where
      }
      validate ??= await d.validate();
      if (validate(e) !== null) return null;
      const event = e as TimeEvent;
      if (event.id <= cache.maxId || event.kind === 'undo') return null;
      fresh.push(event);
    }
    const mark: ShardMark = { path, ...print, count: lines.count, prefix: from === lines.count && was ? was.prefix : hashLines(text!, lines, lines.count) };
    if (!was || !samePrint(was, mark) || was.count !== mark.count) changed = true;
    marks.push(mark);
  }
  let entries = fromColumns(cache.entries);
  if (!fresh.length) {
    if (changed) remember(d, { ...cache, shards: marks }, () => cache.entries);
    return { entries, damaged: [], how: 'hit' };
  }
  const byEntry = new Map<string, Entry>();
  for (const e of entries) byEntry.set(e.id, e);
  const undone = new Set(cache.undone);
  fresh.sort(byId);
  for (const e of fresh) if (e.kind !== 'undo' && !undone.has(e.action)) apply(byEntry, e);
  entries = nearlySorted([...byEntry.values()]);
  remember(d, { ...cache, shards: marks, maxId: fresh[fresh.length - 1]!.id }, () => toColumns(entries));
  return { entries, damaged: [], how: 'updated' };
}

/**
 * Old entries in order, then new ones: at most a few are out of place (new work starts after old
 * work; an edit moves one entry), so each is moved back to its place, and a list far from sorted
 * is sorted after all. Cheaper than sorting 50,000 entries that are nearly in order.
 */
function nearlySorted(entries: Entry[]): Entry[] {
  const before = (a: Entry, b: Entry): boolean => a.start < b.start || (a.start === b.start && a.id < b.id);
  let moves = 0;
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i]!;
    let j = i;
    while (j > 0 && before(e, entries[j - 1]!)) {
      entries[j] = entries[j - 1]!;
      j--;
      if (++moves > 100_000) {
        entries[j] = e; // its slot was copied one up: the list holds every entry once again
        return sortEntries(entries);
      }
    }
    entries[j] = e;
  }
  return entries;
}

async function rebuild(d: CacheDeps, prints: Map<string, Fingerprint>): Promise<CachedHistory> {
  const validate = await d.validate();
  const events: TimeEvent[] = [];
  const damaged: DataError[] = [];
  const marks: ShardMark[] = [];
  const seen = new Set<string>();
  for (const [path, print] of prints) {
    const full = `${d.eventsDir}/${path}`;
    const text = readIfExists(d.fs, full);
    if (text === null) continue;
    try {
      const shard = shardAdapter(d.fs, full, validate).parse(text);
      for (const e of shard.events) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        events.push(e as unknown as TimeEvent);
      }
      const lines = eventLines(text);
      const lined = lines !== null && lines.count === shard.events.length;
      marks.push({ path, ...print, count: shard.events.length, prefix: lined ? hashLines(text, lines, lines.count) : null });
    } catch (err) {
      if (err instanceof DataError) damaged.push(err);
      else throw err;
    }
  }
  const entries = replay(events);
  // A damaged shard is reported on every read until it is repaired, so it is never cached over; and
  // with no shards there is nothing to keep (a read on a fresh machine makes no data folder).
  if (!damaged.length && marks.length) {
    let maxId = '';
    for (const e of events) if (e.id > maxId) maxId = e.id;
    remember(d, { format: FORMAT, build: BUILD, shards: marks, maxId, undone: [...undoneActions(events)] }, () => toColumns(entries));
  }
  return { entries, damaged, how: 'rebuilt' };
}

function remember(d: CacheDeps, meta: Omit<CacheFile, 'entries'>, entries: () => EntryColumns): void {
  if (!d.remember) return;
  try {
    const file: CacheFile = { ...meta, entries: entries() };
    // Not fsynced: after a crash a torn cache fails to load and is rebuilt.
    writeAtomic(d.fs, d.cachePath, serialize(file), { derived: true });
  } catch {
    /* a read-only or full data folder: history is simply read in full next time */
  }
}

// A shard as encodeShard writes it: a header line, one event a line (each but the last ending in a
// comma), then a closing line. `ends[i]` is where event line i ends, its comma excluded.
interface Lines {
  count: number;
  starts: number[];
  ends: number[];
}

const HEADER = '{"version":1,"events":[\n';
const FOOTER = '\n]}\n';

function eventLines(text: string): Lines | null {
  if (!text.startsWith(HEADER) || !text.endsWith(FOOTER)) return null;
  const bodyEnd = text.length - FOOTER.length;
  const starts: number[] = [];
  const ends: number[] = [];
  let at = HEADER.length;
  if (at === bodyEnd) return { count: 0, starts, ends }; // no events: the header meets the footer
  while (at <= bodyEnd) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > bodyEnd) nl = bodyEnd;
    const last = nl === bodyEnd;
    if (!last && text.charCodeAt(nl - 1) !== 44 /* , */) return null;
    starts.push(at);
    ends.push(last ? nl : nl - 1);
    at = nl + 1;
  }
  return { count: starts.length, starts, ends };
}

const lineAt = (text: string, l: Lines, i: number): string => text.slice(l.starts[i], l.ends[i]);

/**
 * A hash of the first `n` event lines. Every line before the n-th ends in a comma whether or not more
 * follow, and the n-th is taken without its comma, so the hash stays the same when lines are added.
 */
function hashLines(text: string, l: Lines, n: number): string {
  return createHash('sha1')
    .update(n ? text.slice(l.starts[0], l.ends[n - 1]) : '')
    .digest('base64');
}
