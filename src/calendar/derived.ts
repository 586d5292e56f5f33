// The derived index of one imported calendar, state/calendars/<name>.index (local, never synced):
// its parsed and prepared form, so that a query reads only the groups near its window instead of
// parsing the whole .ics. It is only ever a copy: the file's fingerprint, tt's build and the zone
// it was read in must all match, and checksums guard every part read; anything else means the
// calendar is read again from its .ics (a slower command, never a wrong answer).
//
// Layout: MAGIC, SHA-1 of the header (20 bytes), header length (uint32 LE), the header (node:v8),
// then the buckets, each the v8 form of a list of groups. Groups that span more than two months
// (open-ended series among them) share one bucket; the others are bucketed by the month they start
// in, so a week's query deserializes that one and a month or two.
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Fs } from '../platform/fs.ts';
import { writeAtomic } from '../store/io.ts';
import { groupNear } from './expand.ts';
import type { Group, Prepared } from './prepare.ts';
import type { Problem, Window } from './types.ts';
import type { ZoneSpec } from './zones.ts';

declare const __TT_CALENDAR_BUILD__: string | undefined;
/** A hash of the calendar code, set by scripts/build.mjs: an index from another build is not trusted. */
export const BUILD = typeof __TT_CALENDAR_BUILD__ === 'string' ? __TT_CALENDAR_BUILD__ : 'source';
const FORMAT = 1;
const MAGIC = Buffer.from('TTCALIX\n');
const LONG = 62 * 86_400_000;

/** What identifies the stored .ics: any change to it changes one of these. */
export interface Fingerprint {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface Header {
  format: number;
  build: string;
  name: string;
  tz: string;
  print: Fingerprint;
  /** SHA-1 of the .ics, to check a file that changed too close to the index's writing to trust its times. */
  sha1: string;
  title?: string;
  componentCount: number;
  problems: Problem[];
  zones: ZoneSpec[];
  buckets: { from: number; to: number; offset: number; length: number; sum: string }[];
}

export interface Derived {
  header: Header;
  /** Groups that can touch the window; null when a part of the file is damaged. */
  groupsNear(w: Window): Group[] | null;
  /** The index file's own modification time. */
  writtenMs: number;
}

const sha1 = (b: Uint8Array | string): string => createHash('sha1').update(b).digest('hex');

export function fingerprint(fs: Fs, path: string): Fingerprint {
  const s = fs.statSync(path);
  return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
}

export function samePrint(a: Fingerprint, b: Fingerprint): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

export function contentSum(text: string): string {
  return sha1(text);
}

/** The index bytes of a prepared calendar (`build` is given only by tests that play an older tt). */
export function encode(p: Prepared, meta: Pick<Header, 'name' | 'tz' | 'print' | 'sha1'>, build = BUILD): Buffer {
  const long: Group[] = [];
  const months = new Map<string, Group[]>();
  for (const g of p.groups) {
    if (!(g.to - g.from <= LONG)) long.push(g);
    else {
      const month = new Date(g.from).toISOString().slice(0, 7);
      const list = months.get(month);
      if (list) list.push(g);
      else months.set(month, [g]);
    }
  }
  const parts: Buffer[] = [];
  const buckets: Header['buckets'] = [];
  let offset = 0;
  for (const list of [long, ...[...months].sort(([a], [b]) => a.localeCompare(b)).map(([, l]) => l)]) {
    if (!list.length) continue;
    const bytes = serialize(list);
    buckets.push({ from: Math.min(...list.map((g) => g.from)), to: Math.max(...list.map((g) => g.to)), offset, length: bytes.length, sum: sha1(bytes) });
    parts.push(bytes);
    offset += bytes.length;
  }
  const header: Header = { format: FORMAT, build, ...meta, title: p.title, componentCount: p.componentCount, problems: p.problems, zones: p.zones, buckets };
  const head = serialize(header);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  return Buffer.concat([MAGIC, createHash('sha1').update(head).digest(), len, head, ...parts]);
}

/** The index at `path`, or null when it is missing, from another build, or damaged. */
export function readDerived(fs: Fs, path: string): Derived | null {
  let bytes: Buffer;
  let writtenMs: number;
  try {
    writtenMs = fs.statSync(path).mtimeMs;
    bytes = fs.readFileSync(path);
  } catch {
    return null;
  }
  try {
    if (bytes.length < MAGIC.length + 24 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const sum = bytes.subarray(MAGIC.length, MAGIC.length + 20);
    const len = bytes.readUInt32LE(MAGIC.length + 20);
    const start = MAGIC.length + 24;
    const head = bytes.subarray(start, start + len);
    if (head.length !== len || !createHash('sha1').update(head).digest().equals(sum)) return null;
    const header = deserialize(head) as Header;
    if (header?.format !== FORMAT || header.build !== BUILD || !Array.isArray(header.buckets) || !Array.isArray(header.problems)) return null;
    const body = bytes.subarray(start + len);
    return {
      header,
      writtenMs,
      groupsNear(w) {
        const out: Group[] = [];
        for (const b of header.buckets) {
          if (!groupNear(b, w)) continue;
          const part = body.subarray(b.offset, b.offset + b.length);
          if (part.length !== b.length || sha1(part) !== b.sum) return null;
          for (const g of deserialize(part) as Group[]) if (groupNear(g, w)) out.push(g);
        }
        return out;
      },
    };
  } catch {
    return null;
  }
}

/** Writes the index; failing to (a read-only or full disk) never fails the command that reads. */
export function writeDerived(fs: Fs, path: string, bytes: Uint8Array): boolean {
  try {
    writeAtomic(fs, path, bytes, { durable: false });
    return true;
  } catch {
    return false;
  }
}
