// The history cache's index on disk (history-cache.ts says what it holds and when it is trusted).
// Two files, so that a command after `tt add` writes what changed, not the whole history's worth:
//  - state/history.cache, the head: each shard's fingerprint and each segment's span, newest event,
//    undos and clashing ids; read by every command (some 130 KB at 150,000 entries);
//  - state/history/ids.arrays, the hashes of the ids every segment's events are about (600 KB at
//    150,000), needed only when a segment changes, to tell whether new events join it to another.
// A segment that changed since ids.arrays was written keeps its hashes in the head itself; ids.arrays
// is written again only when those have grown to an eighth of it (or on a rebuild), so a fold of a
// few records writes the head and one segment. The head names the arrays file it was written with by
// a random tag: a head and an arrays file that do not belong together are never used.
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { TimeEvent } from '../core/events.ts';
import type { Fs } from '../platform/fs.ts';
import { writeAtomic } from './io.ts';
import type { Fingerprint } from './shard-lines.ts';

export const FORMAT = 8;

export type Undo = Extract<TimeEvent, { kind: 'undo' }>;

export interface ShardMark extends Fingerprint {
  path: string; // relative to the events folder
  count: number; // event lines
  prefix: string | null; // hash of the event lines; null when the file is not one event per line
}

export interface SegmentMeta {
  key: string; // its first month: the segment file's name
  months: string[];
  gen: number; // the index generation that wrote its file
  /**
   * Names its file's contents: two commands updating the cache at once both write generation n+1,
   * and the index one leaves must never be paired with the segment file the other wrote.
   */
  tag: string;
  n: number;
  minStart: number;
  maxEnd: number; // Infinity while one of its entries runs
  maxId: string; // the newest event id of its months
  undos: Undo[]; // the undo events of its months (`tt redo` undoes an undo: undoneActions reads the chain)
  nMentions: number;
  /**
   * suffixCode of every entry any event of its months is about, deleted ones too; null until
   * loadMentions() when they are in ids.arrays. (The hashes of its own entries' ids are worked out
   * from its entries when it changes: no other segment's are needed then.)
   */
  mentions: Int32Array | null;
  /** Where its mentions start in ids.arrays; null when the head holds them. */
  at: number | null;
  clashing: string[]; // ids of its entries whose code another entry shares
}

export interface IndexFile {
  format: number;
  build: string;
  gen: number;
  /** The tag of the ids.arrays file the segments with `at` are in ('' when none is). */
  arrays: string;
  shards: ShardMark[];
  segments: SegmentMeta[];
}

interface ArraysFile {
  format: number;
  build: string;
  tag: string;
  mentions: Int32Array;
}

export const arraysPath = (segmentsDir: string): string => join(segmentsDir, 'ids.arrays');

/** Not a secret, only a name no other writer picks: the time and a random number, not the crypto module. */
export const newTag = (): string => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;

/**
 * The head on disk: columns, not an object per shard and per segment. Deserializing 816 small objects
 * (34 years of months) cost every command about 3 ms in a fresh process; numbers in one typed array
 * and strings in plain arrays cost a tenth of that.
 */
interface PackedHead {
  format: number;
  build: string;
  gen: number;
  arrays: string;
  shardPaths: string[];
  shardNums: Float64Array; // per shard: ino, size, mtimeMs, ctimeMs, count
  shardPrefixes: (string | null)[];
  segKeys: string[];
  segTags: string[];
  segMonths: (string[] | null)[]; // null: just its key's month
  segNums: Float64Array; // per segment: gen, n, minStart, maxEnd, nMentions, at (-1: held here)
  segMaxIds: string[];
  segUndos: (Undo[] | null)[];
  segClashing: (string[] | null)[];
  segHeld: (Int32Array | null)[];
}

const SHARD_NUMS = 5;
const SEG_NUMS = 6;

function packHead(index: IndexFile): PackedHead {
  const shardNums = new Float64Array(index.shards.length * SHARD_NUMS);
  index.shards.forEach((m, i) => shardNums.set([m.ino, m.size, m.mtimeMs, m.ctimeMs, m.count], i * SHARD_NUMS));
  const segNums = new Float64Array(index.segments.length * SEG_NUMS);
  index.segments.forEach((g, i) => segNums.set([g.gen, g.n, g.minStart, g.maxEnd, g.nMentions, g.at ?? -1], i * SEG_NUMS));
  const some = <T>(list: T[]): T[] | null => (list.length ? [...list] : null);
  return {
    format: index.format,
    build: index.build,
    gen: index.gen,
    arrays: index.arrays,
    shardPaths: index.shards.map((m) => m.path),
    shardNums,
    shardPrefixes: index.shards.map((m) => m.prefix),
    segKeys: index.segments.map((g) => g.key),
    segTags: index.segments.map((g) => g.tag),
    segMonths: index.segments.map((g) => (g.months.length === 1 && g.months[0] === g.key ? null : [...g.months])),
    segNums,
    segMaxIds: index.segments.map((g) => g.maxId),
    segUndos: index.segments.map((g) => some(g.undos)),
    segClashing: index.segments.map((g) => some(g.clashing)),
    segHeld: index.segments.map((g) => (g.at === null ? g.mentions : null)),
  };
}

function unpackHead(p: PackedHead): IndexFile | null {
  const nShards = p.shardPaths?.length;
  const nSegs = p.segKeys?.length;
  if (p.segTags?.length !== nSegs) return null;
  if (!(p.shardNums instanceof Float64Array) || !(p.segNums instanceof Float64Array)) return null;
  if (p.shardNums.length !== nShards * SHARD_NUMS || p.segNums.length !== nSegs * SEG_NUMS) return null;
  const shards: ShardMark[] = [];
  for (let i = 0; i < nShards; i++) {
    const o = i * SHARD_NUMS;
    const x = p.shardNums;
    shards.push({ path: p.shardPaths[i]!, ino: x[o]!, size: x[o + 1]!, mtimeMs: x[o + 2]!, ctimeMs: x[o + 3]!, count: x[o + 4]!, prefix: p.shardPrefixes[i] ?? null });
  }
  const segments: SegmentMeta[] = [];
  for (let i = 0; i < nSegs; i++) {
    const o = i * SEG_NUMS;
    const x = p.segNums;
    const at = x[o + 5]! < 0 ? null : x[o + 5]!;
    const held = p.segHeld[i] ?? null;
    if (at === null && !(held instanceof Int32Array)) return null;
    const key = p.segKeys[i]!;
    segments.push({ key, months: p.segMonths[i] ?? [key], gen: x[o]!, tag: p.segTags[i]!, n: x[o + 1]!, minStart: x[o + 2]!, maxEnd: x[o + 3]!, maxId: p.segMaxIds[i]!, undos: p.segUndos[i] ?? [], nMentions: x[o + 4]!, mentions: held, at, clashing: p.segClashing[i] ?? [] });
  }
  return { format: p.format, build: p.build, gen: p.gen, arrays: p.arrays, shards, segments };
}

/** The head, or null when it is missing, unreadable, of another format or build. */
export function readIndex(fs: Fs, cachePath: string, build: string): { file: IndexFile; writtenMs: number } | null {
  try {
    const writtenMs = fs.statSync(cachePath).mtimeMs;
    const packed = deserialize(fs.readFileSync(cachePath)) as PackedHead;
    if (packed?.format !== FORMAT || packed.build !== build) return null;
    const file = unpackHead(packed);
    return file ? { file, writtenMs } : null;
  } catch {
    return null; // missing, unreadable or not a cache: read history the long way
  }
}

/** Every segment's mentions in memory (views of ids.arrays); false when that file does not belong to the head. */
export function loadMentions(fs: Fs, segmentsDir: string, index: IndexFile): boolean {
  if (index.segments.every((s) => s.mentions)) return true;
  let file: ArraysFile;
  try {
    file = deserialize(fs.readFileSync(arraysPath(segmentsDir))) as ArraysFile;
  } catch {
    return false;
  }
  if (file?.format !== FORMAT || file.build !== index.build || !index.arrays || file.tag !== index.arrays) return false;
  if (!(file.mentions instanceof Int32Array)) return false;
  for (const s of index.segments) {
    if (s.mentions) continue;
    if (s.at === null || s.at + s.nMentions > file.mentions.length) return false;
    s.mentions = file.mentions.subarray(s.at, s.at + s.nMentions);
  }
  return true;
}

/** A segment's mentions, which the caller has loaded (loadMentions) or just made. */
export function mentionsOf(s: SegmentMeta): Int32Array {
  if (!s.mentions) throw new Error(`bug: the id hashes of segment ${s.key} were not loaded`);
  return s.mentions;
}

/** Below this many hashes held in the head, ids.arrays is not written again. */
const HEAD_HELD_MIN = 32_768;

/**
 * Writes the head, and ids.arrays first when the head would otherwise hold too many hashes. Throws
 * when a write fails (the caller leaves the cache to be rebuilt); false when ids.arrays was due but
 * not every segment's hashes are at hand (nothing is written then).
 */
export function writeIndex(fs: Fs, cachePath: string, segmentsDir: string, index: IndexFile): boolean {
  let held = 0;
  let total = 0;
  for (const s of index.segments) {
    total += s.nMentions;
    if (s.at === null || !index.arrays) held += s.nMentions;
  }
  let { arrays } = index;
  const rewrite = !arrays || held > Math.max(HEAD_HELD_MIN, total / 8);
  let at: Map<SegmentMeta, number> | null = null;
  if (rewrite) {
    if (!index.segments.every((s) => s.mentions)) return false;
    at = new Map();
    const mentions = new Int32Array(total);
    let m = 0;
    for (const s of index.segments) {
      mentions.set(s.mentions!, m);
      at.set(s, m);
      m += s.nMentions;
    }
    arrays = newTag();
    const file: ArraysFile = { format: FORMAT, build: index.build, tag: arrays, mentions };
    writeAtomic(fs, arraysPath(segmentsDir), serialize(file), { derived: true });
  }
  const head: IndexFile = {
    ...index,
    arrays,
    segments: index.segments.map((g) => {
      const where = at ? at.get(g)! : index.arrays ? g.at : null;
      return { ...g, at: where, mentions: where === null ? g.mentions : null };
    }),
  };
  writeAtomic(fs, cachePath, serialize(packHead(head)), { derived: true });
  return true;
}
