// The history cache: local to this machine (state/ is never synced), the replayed entries of every
// month shard, kept by month, so that a question about one week costs a stat of each shard and the
// read of that week's months, and one about all history a read of small files, instead of parsing,
// checking and replaying every event again (docs/architecture.md, "History cache").
//
// state/history.cache is the index: each shard's fingerprint and a hash of its event lines, and for
// each segment (state/history/<month>.seg: the entries whose events lie in the shards of its months,
// one month when every event about an entry is in that entry's month, as folds place them) its span
// of time, its newest event id, the undos its months hold and the short-id hashes of its entries
// (kept apart, in state/history/ids.arrays, read only when a segment changes: history-index.ts).
//
// It is only ever a copy. Each shard is remembered by its fingerprint (inode, size, change and
// modification times, taken before the shard is read) and by a hash of its event lines:
//  - a shard whose fingerprint is unchanged is trusted, unless it changed within RACY_MS of the
//    index being written (a later change could then share its timestamps: git's "racy clean"); such
//    a shard is read and checked, and once it is out of that window the index is written again, so it
//    is read once, not on every command;
//  - a shard a fold appended to (its old lines untouched) has only its new lines parsed, checked and
//    applied to its segment; a shard changed otherwise, new or gone has its months' segment replayed
//    again from the shards of those months;
//  - anything else (an undo, an event naming an entry of another segment, an entry id found in two
//    segments, a segment or ids file that does not match the index, a cache from another build) replays
//    everything, as without a cache.
// Failing to write the cache never fails a command: it is rebuilt on the next read.
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { DataError } from '../core/errors.ts';
import type { Entry, TimeEvent } from '../core/events.ts';
import { apply, byId, replay, sortEntries, undoneActions } from '../core/replay.ts';
import { fromColumns, toColumns, type EntryColumns } from './entry-columns.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from './io.ts';
import { shardAdapter, shardPath, type StoredRecord, type Validate } from './shard.ts';
import { eventLines, fingerprints, hashLines, lineAt, monthOfPath, samePrint, type Fingerprint } from './shard-lines.ts';
import { CodeCounts, suffixCodes } from './id-suffixes.ts';
import { EntryMonths, monthOf, workMonth } from './work-month.ts';
import { mentionsOf, newTag, FORMAT, loadMentions, readIndex, writeIndex, type IndexFile, type SegmentMeta, type ShardMark, type Undo } from './history-index.ts';

// The build's hash of the code that decides what entries are (scripts/build.mjs): a cache written by
// another build of tt is never trusted.
declare const __TT_BUILD__: string | undefined;
const BUILD = typeof __TT_BUILD__ === 'string' ? __TT_BUILD__ : 'source';
/** Coarser than any filesystem's timestamps (FAT's are 2 s). */
export const RACY_MS = 2000;

const isUndo = (e: TimeEvent): e is Undo => e.kind === 'undo';

interface SegmentFile {
  format: number;
  gen: number;
  tag: string;
  key: string;
  entries: EntryColumns;
}

export interface CacheDeps {
  fs: Fs;
  eventsDir: string;
  cachePath: string;
  segmentsDir: string;
  /** The real clock (ctx.clock), to tell when a shard has left the racy window. */
  clock: () => number;
  /** The shard validator, loaded only when a shard has to be read. */
  validate: () => Promise<Validate>;
  /** Write the cache when it was missing or out of date (read commands do; commands that change data do not). */
  remember: boolean;
  /** Only entries that may overlap this span are needed: the segments of other months are not read. */
  range?: { start: number; end: number };
  racyMs?: number;
}

export interface CachedHistory {
  entries: Entry[];
  /** Ids of entries not in `entries` that short ids must be told apart from (see id-suffixes.ts). */
  others: string[];
  damaged: DataError[];
  /** hit: the cache as it was; updated: new events applied or months replayed; rebuilt: everything read again. */
  how: 'hit' | 'updated' | 'rebuilt';
}

export async function cachedEntries(d: CacheDeps): Promise<CachedHistory> {
  // Fingerprints first: a shard changing while it is read then shows as changed on the next read.
  const prints = fingerprints(d.fs, d.eventsDir);
  const index = readIndex(d.fs, d.cachePath, BUILD);
  if (index) {
    const updated = await update(d, index.file, index.writtenMs, prints);
    if (updated) return updated;
  }
  return rebuild(d, prints);
}

/**
 * The cache brought up to date when that is an update; a cache that only a full read could rebuild
 * (none yet, another build's, a change an update cannot follow) is left for the next read, which
 * would rebuild it anyway. For a command that has just written: true when the cache is current.
 */
export async function refreshCachedEntries(d: CacheDeps): Promise<boolean> {
  const prints = fingerprints(d.fs, d.eventsDir);
  const index = readIndex(d.fs, d.cachePath, BUILD);
  return index ? (await update(d, index.file, index.writtenMs, prints)) !== null : false;
}

/** Whether every record is in the month shard a fold on this device merges it into. */
export function allInShards(fs: Fs, eventsDir: string, device: string, records: readonly TimeEvent[]): boolean {
  const months = new EntryMonths(fs, eventsDir);
  for (const r of records) months.note(r as unknown as StoredRecord);
  const idsIn = new Map<string, Set<string>>();
  return records.every((r) => {
    const month = monthOf(r.at) ? workMonth(r as unknown as StoredRecord, months, r.at) : null;
    if (!month) return false;
    const path = shardPath(eventsDir, device, month);
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

const segmentPath = (d: CacheDeps, key: string): string => join(d.segmentsDir, `${key}.seg`);

/** A segment's entries, or null when its file is not the one the index names. */
function readSegment(d: CacheDeps, meta: SegmentMeta): Entry[] | null {
  try {
    const file = deserialize(d.fs.readFileSync(segmentPath(d, meta.key))) as SegmentFile;
    if (file?.format !== FORMAT || file.gen !== meta.gen || file.tag !== meta.tag || file.key !== meta.key || file.entries?.n !== meta.n) return null;
    return fromColumns(file.entries);
  } catch {
    return null;
  }
}

const overlaps = (s: SegmentMeta, r: { start: number; end: number } | undefined): boolean => !r || (s.n > 0 && s.minStart < r.end && s.maxEnd >= r.start);

/** What a segment is made of after a change: its months' events, replayed. */
interface Built {
  months: string[];
  entries: Entry[];
  maxId: string;
  undos: Undo[];
  mentions: Int32Array;
  /** Of an update: the mentions new to the segment (only they can join it to another), and the ids its replaced segments held as clashing. */
  fresh?: Int32Array;
  clashing?: readonly string[];
}

/** The cache brought up to date with the shards, or null when only a full read can say. */
async function update(d: CacheDeps, index: IndexFile, writtenMs: number, prints: Map<string, Fingerprint>): Promise<CachedHistory | null> {
  const racyMs = d.racyMs ?? RACY_MS;
  const clock = d.clock();
  const oldMarks = new Map(index.shards.map((s) => [s.path, s]));
  const segOf = new Map<string, SegmentMeta>(); // month -> its segment
  for (const s of index.segments) for (const m of s.months) segOf.set(m, s);
  const marks = new Map<string, ShardMark>();
  const replayMonths = new Set<string>(); // months whose segment is replayed from its shards
  const appended = new Map<SegmentMeta, TimeEvent[]>();
  let moved = false; // a shard gone, new, appended to or changed
  let restamp = false; // a shard read only to be checked, now out of the racy window
  let validate: Validate | null = null;
  for (const path of oldMarks.keys()) {
    if (prints.has(path)) continue;
    replayMonths.add(monthOfPath(path)); // gone
    moved = true;
  }
  for (const [path, print] of prints) {
    const was = oldMarks.get(path);
    const month = monthOfPath(path);
    if (was && samePrint(was, print) && Math.max(was.ctimeMs, was.mtimeMs) < writtenMs - racyMs) {
      marks.set(path, was);
      continue;
    }
    const seg = segOf.get(month);
    if (!was || !seg) {
      replayMonths.add(month); // a new shard: its month is replayed (with the other devices' shards of it)
      moved = true;
      continue;
    }
    const text = readIfExists(d.fs, join(d.eventsDir, path));
    const lines = text === null ? null : eventLines(text);
    if (!lines) return null; // damaged or gone while read: the full read reports it
    if (was.prefix === null || lines.count < was.count || hashLines(text!, lines, was.count) !== was.prefix) {
      replayMonths.add(month);
      moved = true;
      continue;
    }
    const fresh: TimeEvent[] = [];
    for (let i = was.count; i < lines.count; i++) {
      let e: unknown;
      try {
        e = JSON.parse(lineAt(text!, lines, i));
      } catch {
        return null; // damaged: the full read reports where
      }
      validate ??= await d.validate();
      if (validate(e) !== null) return null;
      if ((e as TimeEvent).kind === 'undo') return null; // it may touch any month
      fresh.push(e as TimeEvent);
    }
    marks.set(path, { path, ...print, count: lines.count, prefix: fresh.length ? hashLines(text!, lines, lines.count) : was.prefix });
    if (fresh.length) {
      appended.set(seg, [...(appended.get(seg) ?? []), ...fresh]);
      moved = true;
    } else if (!samePrint(was, print) || Math.max(print.ctimeMs, print.mtimeMs) < clock - racyMs) restamp = true;
  }
  const shards = [...marks.values()];
  // Checked and found as it was: written again once that is out of the racy window, so that the next
  // command trusts the shard's fingerprint instead of reading it again.
  if (!moved) return finish(d, { ...index, shards }, new Map(), new Set(), restamp);
  // Something changed: every segment's id hashes are needed to tell whether it joins another.
  if (!loadMentions(d.fs, d.segmentsDir, index)) return null;

  const replaySegs = new Set<SegmentMeta>(); // replayed whole, with all their months
  for (const m of replayMonths) {
    const s = segOf.get(m);
    if (s) replaySegs.add(s);
  }
  const changed = new Map<string, Built>(); // by first month
  const undone = undoneActions(index.segments.flatMap((s) => s.undos));
  for (const [seg, events] of appended) {
    if (replaySegs.has(seg)) continue;
    events.sort(byId);
    if (events[0]!.id <= seg.maxId) {
      replaySegs.add(seg); // older than what the segment holds (another device's, brought by sync)
      continue;
    }
    const entries = readSegment(d, seg);
    if (!entries) return null;
    const byEntry = new Map<string, Entry>();
    for (const e of entries) byEntry.set(e.id, e);
    for (const e of events as Exclude<TimeEvent, { kind: 'undo' }>[]) {
      if (e.kind !== 'entry' && !byEntry.has(e.entry)) return null; // about an entry of another segment
      if (!undone.has(e.action)) apply(byEntry, e);
    }
    const had = mentionsOf(seg);
    const mentions = new Int32Array(had.length + events.length);
    mentions.set(had);
    mentions.set(mentionCodes(events), had.length);
    changed.set(seg.key, { months: seg.months, entries: nearlySorted([...byEntry.values()]), maxId: events[events.length - 1]!.id, undos: seg.undos, mentions, fresh: mentionCodes(events), clashing: seg.clashing });
  }
  // Each segment replayed on its own, and each new month on its own.
  const groups: string[][] = [...replaySegs].map((s) => s.months);
  for (const m of replayMonths) if (!segOf.has(m)) groups.push([m]);
  for (const months of groups) {
    validate ??= await d.validate();
    const built = replayOnly(d, validate, months, prints, undone, marks);
    if (!built) return null;
    const before = new Set(months.flatMap((m) => segOf.get(m)?.undos.map((u) => u.id) ?? []));
    if (built.undos.length !== before.size || built.undos.some((u) => !before.has(u.id))) return null; // an undo came or went
    const old = [...new Set(months.flatMap((m) => (segOf.get(m) ? [segOf.get(m)!] : [])))];
    // New to the segment: a hash that now stands for more ids than it did (only hashes are kept, and
    // an id new to the segment may share its last six characters with one it held).
    const had = new CodeCounts(old.map(mentionsOf));
    const now = new CodeCounts([built.mentions]);
    built.fresh = built.mentions.filter((c) => now.count(c) > had.count(c));
    built.clashing = old.flatMap((o) => o.clashing);
    if (built.months.length) changed.set(built.months[0]!, built);
  }
  const dropped = new Set(replaySegs);
  for (const b of changed.values()) for (const m of b.months) if (segOf.get(m)) dropped.add(segOf.get(m)!);
  return finish(d, { ...index, shards: [...marks.values()] }, changed, dropped, true);
}

/**
 * One segment replayed from the shards of `months` (every device's). Null when its events are not
 * a world of their own: an edit or delete of an entry no shard of these months creates.
 */
function replayOnly(d: CacheDeps, validate: Validate, months: string[], prints: Map<string, Fingerprint>, undone: ReadonlySet<string>, marks: Map<string, ShardMark>): Built | null {
  const want = new Set(months);
  const events: TimeEvent[] = [];
  const seen = new Set<string>();
  for (const [path, print] of prints) {
    if (!want.has(monthOfPath(path))) continue;
    const read = readShard(d, path, print, validate);
    if (!read) return null;
    marks.set(path, read.mark);
    for (const e of read.events) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      events.push(e);
    }
  }
  const created = new Set<string>();
  for (const e of events) if (e.kind === 'entry') created.add(e.entry);
  for (const e of events) if ((e.kind === 'edit' || e.kind === 'delete') && !created.has(e.entry)) return null;
  const undos = events.filter(isUndo);
  let maxId = '';
  for (const e of events) if (e.id > maxId) maxId = e.id;
  const entries = replay(events, undone); // its undos are those the index knew, or the caller replays all
  const mentions = mentionCodes(events);
  // Months whose every shard is gone make no segment.
  const present = new Set([...prints.keys()].map(monthOfPath));
  return { months: [...want].filter((m) => present.has(m)).sort(), entries, maxId, undos, mentions };
}

function readShard(d: CacheDeps, path: string, print: Fingerprint, validate: Validate): { events: TimeEvent[]; mark: ShardMark } | null {
  const full = join(d.eventsDir, path);
  const text = readIfExists(d.fs, full);
  if (text === null) return null;
  try {
    const events = shardAdapter(d.fs, full, validate).parse(text).events as unknown as TimeEvent[];
    const lines = eventLines(text);
    const lined = lines !== null && lines.count === events.length;
    return { events, mark: { path, ...print, count: events.length, prefix: lined ? hashLines(text, lines, events.length) : null } };
  } catch (err) {
    if (err instanceof DataError) return null; // the full read reports it
    throw err;
  }
}

async function rebuild(d: CacheDeps, prints: Map<string, Fingerprint>): Promise<CachedHistory> {
  const validate = await d.validate();
  const damaged: DataError[] = [];
  const marks = new Map<string, ShardMark>();
  // Months joined when an event lies in one and its entry's own event in another (an older tt's
  // layout, another device's), or one event in two (a move between shards cut short).
  const parent = new Map<string, string>();
  const find = (m: string): string => {
    let r = m;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(m, r);
    return r;
  };
  const join2 = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const eventMonth = new Map<string, string>(); // event id -> month of its first shard
  const entryMonth = new Map<string, string>();
  const events: { e: TimeEvent; month: string }[] = [];
  for (const [path, print] of prints) {
    const month = monthOfPath(path);
    const full = join(d.eventsDir, path);
    const text = readIfExists(d.fs, full);
    if (text === null) continue;
    try {
      const shard = shardAdapter(d.fs, full, validate).parse(text);
      if (!parent.has(month)) parent.set(month, month);
      for (const raw of shard.events) {
        const e = raw as unknown as TimeEvent;
        const first = eventMonth.get(e.id);
        if (first !== undefined) {
          join2(first, month);
          continue;
        }
        eventMonth.set(e.id, month);
        events.push({ e, month });
        if (e.kind === 'entry' && !entryMonth.has(e.entry)) entryMonth.set(e.entry, month);
      }
      const lines = eventLines(text);
      const lined = lines !== null && lines.count === shard.events.length;
      marks.set(path, { path, ...print, count: shard.events.length, prefix: lined ? hashLines(text, lines, lines.count) : null });
    } catch (err) {
      if (err instanceof DataError) damaged.push(err);
      else throw err;
    }
  }
  for (const { e, month } of events) {
    if (e.kind !== 'edit' && e.kind !== 'delete') continue;
    const home = entryMonth.get(e.entry);
    if (home !== undefined) join2(home, month);
  }
  const undone = undoneActions(events.map(({ e }) => e));
  const groups = new Map<string, { months: Set<string>; events: TimeEvent[] }>();
  for (const m of parent.keys()) {
    const root = find(m);
    const g = groups.get(root) ?? { months: new Set<string>(), events: [] };
    g.months.add(m);
    groups.set(root, g);
  }
  for (const { e, month } of events) groups.get(find(month))!.events.push(e);
  const changed = new Map<string, Built>();
  for (const g of groups.values()) {
    const months = [...g.months].sort();
    let maxId = '';
    for (const e of g.events) if (e.id > maxId) maxId = e.id;
    const undos = g.events.filter(isUndo);
    changed.set(months[0]!, { months, entries: replay(g.events, undone), maxId, undos, mentions: mentionCodes(g.events) });
  }
  const index: IndexFile = { format: FORMAT, build: BUILD, gen: 0, arrays: '', shards: [...marks.values()], segments: [] };
  // A damaged shard is reported on every read until it is repaired, so it is never cached over; and
  // with no shards there is nothing to keep (a read on a fresh machine makes no data folder).
  const keep = !damaged.length && marks.size > 0;
  const out = finish({ ...d, remember: d.remember && keep, range: undefined }, index, changed, null, true, true)!;
  return { ...out, damaged, how: 'rebuilt' };
}

/**
 * The new index from the old one, the segments changed and those dropped (null: all of them), written
 * when `remember`; and the entries the caller asked for.
 */
function finish(d: CacheDeps, index: IndexFile, changed: Map<string, Built>, dropped: Set<SegmentMeta> | null, write: boolean, rebuilt = false): CachedHistory | null {
  // A new generation only when segment files are written (a re-stamp writes none).
  const gen = changed.size || dropped?.size ? index.gen + 1 : index.gen;
  const segments = new Map<string, SegmentMeta>();
  if (dropped) for (const s of index.segments) if (!dropped.has(s)) segments.set(s.key, s);
  const loaded = new Map<string, Entry[]>();
  const codes = new Map<string, Int32Array>(); // the id hashes of the changed segments' entries, in entry order
  for (const [key, b] of changed) {
    let minStart = Infinity;
    let maxEnd = -Infinity;
    for (const e of b.entries) {
      if (e.start < minStart) minStart = e.start;
      const end = e.end ?? Infinity;
      if (end > maxEnd) maxEnd = end;
      if (e.start > maxEnd) maxEnd = e.start; // an end before its start still counts at its start
    }
    segments.set(key, { key, months: b.months, gen, tag: newTag(), n: b.entries.length, minStart, maxEnd, maxId: b.maxId, undos: b.undos, nMentions: b.mentions.length, mentions: b.mentions, at: null, clashing: [] });
    codes.set(key, suffixCodes(b.entries.map((e) => e.id)));
    loaded.set(key, b.entries);
  }
  // An entry a changed segment's events are about that another segment's events are about too (a
  // record in two months, an entry made in one and deleted in another) joins them: replay all, which
  // joins their months into one segment. Only what is new to a segment is looked for (what it held
  // before was checked when it came); a hash shared by chance only costs that full read.
  if (!rebuilt && changed.size) {
    const lists = [...changed.values()].map((b) => b.fresh ?? b.mentions);
    const fresh = new CodeCounts(lists);
    const few = fresh.size <= 16 ? lists.flatMap((l) => [...l]) : null;
    for (const s of segments.values()) {
      if (changed.has(s.key) || !fresh.size) continue;
      const m = mentionsOf(s);
      // A few new codes (a fold's new events): typed-array search runs natively, where a loop of
      // this short-lived process would run in the interpreter, over every entry of 34 years.
      if (few) {
        for (const c of few) if (m.includes(c)) return null;
      } else for (let i = 0; i < m.length; i++) if (fresh.count(m[i]!) > 0) return null;
    }
    if (changed.size > 1 && joinedAmongChanged(changed)) return null;
  }
  // Short ids: which entries share a suffix hash with another. After a change only the changed
  // segments are counted: their new entries share no hash with the others (just checked), and what
  // they shared before is kept from their old lists; a list that holds an id too many changes no short id.
  if (rebuilt) {
    const counts = new CodeCounts([...codes.values()]);
    for (const s of segments.values()) {
      const own = codes.get(s.key)!;
      s.clashing = loaded.get(s.key)!.filter((_, i) => counts.count(own[i]!) > 1).map((e) => e.id);
    }
  } else if (changed.size) {
    const counts = new CodeCounts([...codes.values()]);
    for (const [key, b] of changed) {
      const seg = segments.get(key)!;
      const kept = new Set(b.clashing ?? []);
      const own = codes.get(key)!;
      seg.clashing = b.entries.filter((e, i) => counts.count(own[i]!) > 1 || kept.has(e.id)).map((e) => e.id);
    }
  }
  const next: IndexFile = { ...index, gen, segments: [...segments.values()].sort((a, b) => (a.key < b.key ? -1 : 1)) };
  // The entries asked for: the segments that overlap the range, and those just made.
  const parts: Entry[][] = [];
  const others: string[] = [];
  for (const s of next.segments) {
    if (!overlaps(s, d.range)) {
      others.push(...s.clashing);
      continue;
    }
    const list = loaded.get(s.key) ?? readSegment(d, s);
    if (!list) return null;
    parts.push(list);
  }
  if (write && d.remember) remember(d, next, changed, index.segments);
  const how = changed.size || dropped?.size ? 'updated' : 'hit';
  return { entries: parts.length === 1 ? parts[0]! : nearlySorted(parts.flat()), others, damaged: [], how };
}

function remember(d: CacheDeps, index: IndexFile, changed: Map<string, Built>, before: readonly SegmentMeta[]): void {
  try {
    // Segments first, the index last: a crash in between leaves segment files of a newer generation
    // than the index names, which are not trusted (readSegment), and the next read replays all.
    for (const [key, b] of changed) {
      const file: SegmentFile = { format: FORMAT, gen: index.gen, tag: index.segments.find((s) => s.key === key)!.tag, key, entries: toColumns(b.entries) };
      // Not fsynced: after a crash a torn file fails to load and is rebuilt.
      writeAtomic(d.fs, segmentPath(d, key), serialize(file), { derived: true });
    }
    if (!writeIndex(d.fs, d.cachePath, d.segmentsDir, index)) return;
    const live = new Set(index.segments.map((s) => s.key));
    for (const s of before) if (!live.has(s.key)) d.fs.unlinkSync(segmentPath(d, s.key));
  } catch {
    /* a read-only or full data folder: history is simply read in full next time */
  }
}

/**
 * Old entries in order, then new ones: at most a few are out of place (new work starts after old
 * work; an edit moves one entry; months joined end to end), so each is moved back to its place, and
 * a list far from sorted is sorted after all. Cheaper than sorting 50,000 entries nearly in order.
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

/**
 * Whether two segments changed in the same update mention one hash that is new to either (a sync,
 * or a fold after a move between shards cut short, can bring an entry's events into two months at
 * once): the loop over the unchanged segments does not compare them with each other.
 */
function joinedAmongChanged(changed: Map<string, Built>): boolean {
  const owner = new Map<number, string>();
  const fresh = new Map<string, Set<number>>();
  for (const [key, b] of changed) fresh.set(key, new Set(b.fresh ?? b.mentions));
  for (const [key, b] of changed) {
    for (const c of b.mentions) {
      const other = owner.get(c);
      if (other === undefined) owner.set(c, key);
      else if (other !== key && (fresh.get(key)!.has(c) || fresh.get(other)!.has(c))) return true;
    }
  }
  return false;
}

/** The suffix codes of the entries events are about, each once per list. */
function mentionCodes(events: readonly TimeEvent[]): Int32Array {
  const ids = new Set<string>();
  for (const e of events) if (e.kind !== 'undo') ids.add(e.entry);
  return suffixCodes([...ids]);
}
