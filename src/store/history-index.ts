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

export const FORMAT = 6;

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

/** The head, or null when it is missing, unreadable, of another format or build. */
export function readIndex(fs: Fs, cachePath: string, build: string): { file: IndexFile; writtenMs: number } | null {
  try {
    const writtenMs = fs.statSync(cachePath).mtimeMs;
    const file = deserialize(fs.readFileSync(cachePath)) as IndexFile;
    if (file?.format !== FORMAT || file.build !== build || !Array.isArray(file.shards) || !Array.isArray(file.segments)) return null;
    return { file, writtenMs };
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

const same = <T>(x: T): T => x;

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
    // Not a secret, only a name no other writer picks: a random number, not the crypto module.
    arrays = `${index.gen}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
    const file: ArraysFile = { format: FORMAT, build: index.build, tag: arrays, mentions };
    writeAtomic(fs, arraysPath(segmentsDir), serialize(file), { derived: true });
  }
  const head: IndexFile = {
    ...index,
    arrays,
    shards: index.shards.map((m) => ({ ...m })),
    // Arrays copied by map: those read back from a cache (and their spread or slice copies) serialize
    // as sparse ones, and a head written again with nothing changed (a re-stamp) should be the same
    // bytes, as far as anyone comparing the data folder can tell.
    segments: index.segments.map((s) => {
      const where = at ? at.get(s)! : index.arrays ? s.at : null;
      return {
        ...s,
        months: s.months.map(same),
        undos: s.undos.map(same),
        clashing: s.clashing.map(same),
        at: where,
        mentions: where === null ? s.mentions : null,
      };
    }),
  };
  writeAtomic(fs, cachePath, serialize(head), { derived: true });
  return true;
}
