// The derived index of one imported calendar, state/calendars/<name>.index (local, never synced), so
// that a query reads only what its window needs instead of parsing the whole .ics:
// - rows (rows.ts): every instance of every single event, and every instance of every series within
//   SPAN of the day the index was made, in start order, by columns in chunks of CHUNK;
// - the series themselves (prepare.ts groups), for a window outside that span and for the few
//   series too large to list, expanded per query: groups that span more than two months (open-ended
//   series among them) share one bucket, the others fill buckets of CHUNK_GROUPS in start order;
// - the zones, needed only to expand series.
// A week's query near today thus reads the header and one or two chunks of rows, and expands nothing.
//
// It is only ever a copy: the .ics's fingerprint, tt's build, the tz database, and the zone it was
// read in must all match, and checksums guard every part read; anything else means the calendar is
// read again from its .ics (a slower command, never a wrong answer).
//
// Layout: MAGIC, SHA-1 of the header (20 bytes), header length (uint32 LE), the header (node:v8),
// then the parts (row chunks, group buckets, zones), each node:v8 bytes, read one by one.
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Fs } from '../platform/fs.ts';
import { writeAtomic } from '../store/io.ts';
import { groupNear } from './expand.ts';
import type { Group, Prepared } from './prepare.ts';
import { fixed, rowsIn, tabulate, toChunk, type Chunk, type Row } from './rows.ts';
import { DAY_MS } from './values.ts';
import type { Problem, Window } from './types.ts';
import type { Transitions, ZoneSpec } from './zones.ts';

declare const __TT_CALENDAR_BUILD__: string | undefined;
/** A hash of the calendar code, set by scripts/build.mjs: an index from another build is not trusted. */
export const BUILD = typeof __TT_CALENDAR_BUILD__ === 'string' ? __TT_CALENDAR_BUILD__ : 'source';
const FORMAT = 2;
/** The tz database the zone tables were worked out with: a Node with another one reads calendars again. */
const TZDATA = `${process.versions.tz ?? ''}/${process.versions.icu ?? ''}`;
const MAGIC = Buffer.from('TTCALIX\n');
const LONG = 62 * DAY_MS;
const CHUNK = 128;
const CHUNK_GROUPS = 32;
/** Series are listed this far either side of the day the index is made; it is made again a month later. */
export const SPAN = 400 * DAY_MS;
export const RESPAN = 31 * DAY_MS;

/** What identifies the stored .ics: any change to it changes one of these. */
export interface Fingerprint {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

interface Part {
  from: number;
  to: number;
  offset: number;
  length: number;
  sum: string;
}

export interface Header {
  format: number;
  build: string;
  tzdata: string;
  name: string;
  tz: string;
  print: Fingerprint;
  /** SHA-1 of the .ics, to check a file that changed too close to the index's writing to trust its times. */
  sha1: string;
  title?: string;
  componentCount: number;
  problems: Problem[];
  /** Series instances are listed in [from, until); `made` is the day the index was made for. */
  span: { from: number; until: number; made: number };
  /** UIDs of the series not listed: expanded per query. */
  residual: string[];
  chunks: Part[];
  groups: Part[];
  /** The zone specs and the user's zone table, needed only to expand series. */
  zones: Part;
}

/** What a window needs: the rows in it, and the series to expand for it with the calendar's zones. */
export interface Near {
  rows: Row[];
  groups: Group[];
  zones: ZoneSpec[];
  user: Transitions | null;
}

export interface Derived {
  header: Header;
  /** What a window needs; null when a part of the index is damaged. */
  near(w: Window): Near | null;
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

/**
 * The index bytes of a prepared calendar, listing series around `now` (`build` is given only by
 * tests that play an older tt).
 */
export function encode(p: Prepared, meta: Pick<Header, 'name' | 'tz' | 'print' | 'sha1'>, now: number, build = BUILD): Buffer {
  const span = { from: now - SPAN, until: now + SPAN, made: now };
  const { rows, residual } = tabulate(p, meta.tz, { start: span.from, end: span.until });
  const bytes: Buffer[] = [];
  let offset = 0;
  const add = (value: unknown, from: number, to: number): Part => {
    const b = serialize(value);
    bytes.push(b);
    offset += b.length;
    return { from, to, offset: offset - b.length, length: b.length, sum: sha1(b) };
  };
  const chunks: Part[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    chunks.push(add(toChunk(part), part[0]!.start, Math.max(...part.map((r) => Math.max(r.start, r.end)))));
  }
  const series = p.groups.filter((g) => !fixed(g));
  const long = series.filter((g) => !(g.to - g.from <= LONG));
  const short = series.filter((g) => g.to - g.from <= LONG).sort((a, b) => a.from - b.from);
  const lists: Group[][] = long.length ? [long] : [];
  for (let i = 0; i < short.length; i += CHUNK_GROUPS) lists.push(short.slice(i, i + CHUNK_GROUPS));
  const groups = lists.map((l) => add(l, Math.min(...l.map((g) => g.from)), Math.max(...l.map((g) => g.to))));
  const zones = add({ zones: p.zones, user: p.user }, -Infinity, Infinity);
  const header: Header = { format: FORMAT, build, tzdata: TZDATA, ...meta, title: p.title, componentCount: p.componentCount, problems: p.problems, span, residual, chunks, groups, zones };
  const head = serialize(header);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  return Buffer.concat([MAGIC, createHash('sha1').update(head).digest(), len, head, ...bytes]);
}

/** Opens the index for reading; `read` gives `length` bytes at `offset` (fewer at its end). */
type Opener = () => { read: (offset: number, length: number) => Buffer; close(): void };

/**
 * The index at `path`, or null when it is missing, from another build, or damaged. Only its header
 * is read now; the parts a query needs are read when it asks, so a week's query over a large
 * calendar reads a few kilobytes. (Should the file be replaced in between, the parts' checksums
 * no longer match the header, and the calendar is read again.)
 */
export function readDerived(fs: Fs, path: string): Derived | null {
  try {
    const writtenMs = fs.statSync(path).mtimeMs;
    return decode(() => {
      const fd = fs.openSync(path, 'r');
      return {
        read(offset, length) {
          const b = Buffer.allocUnsafe(length);
          let n = 0;
          while (n < length) {
            const got = fs.readSync(fd, b, n, length - n, offset + n);
            if (got <= 0) break;
            n += got;
          }
          return b.subarray(0, n);
        },
        close: () => fs.closeSync(fd),
      };
    }, writtenMs);
  } catch {
    return null;
  }
}

/** An index from its bytes (one just made); null when they are not one this build can trust. */
export function fromBytes(bytes: Buffer, writtenMs: number): Derived | null {
  return decode(() => ({ read: (offset, length) => bytes.subarray(offset, offset + length), close: () => undefined }), writtenMs);
}

/** Runs `fn` with the index open, closing it whatever happens; null when it cannot be read. */
function reading<T>(open: Opener, fn: (read: (offset: number, length: number) => Buffer) => T | null): T | null {
  let file: ReturnType<Opener> | null = null;
  try {
    file = open();
    return fn(file.read);
  } catch {
    return null;
  } finally {
    try {
      file?.close();
    } catch {
      /* closing a file only read */
    }
  }
}

function decode(open: Opener, writtenMs: number): Derived | null {
  const lead = MAGIC.length + 24;
  const found = reading(open, (read): { header: Header; body: number } | null => {
    const first = read(0, lead);
    if (first.length < lead || !first.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const len = first.readUInt32LE(MAGIC.length + 20);
    const head = read(lead, len);
    if (head.length !== len || !createHash('sha1').update(head).digest().equals(first.subarray(MAGIC.length, MAGIC.length + 20))) return null;
    const h = deserialize(head) as Header;
    if (h?.format !== FORMAT || h.build !== BUILD || h.tzdata !== TZDATA || !Array.isArray(h.chunks) || !Array.isArray(h.groups) || !h.zones) return null;
    return { header: h, body: lead + len };
  });
  if (!found) return null;
  const { header, body } = found;
  const part = <T>(read: (offset: number, length: number) => Buffer, p: Part): T | null => {
    const b = read(body + p.offset, p.length);
    return b.length === p.length && sha1(b) === p.sum ? (deserialize(b) as T) : null;
  };
  return {
    header,
    writtenMs,
    near: (w) =>
      reading(open, (read): Near | null => {
        const inSpan = w.start >= header.span.from && w.end <= header.span.until;
        const rows: Row[] = [];
        for (const c of header.chunks) {
          if (c.from >= w.end || c.to < w.start) continue;
          const chunk = part<Chunk>(read, c);
          if (!chunk) return null;
          rowsIn(chunk, w, inSpan, rows);
        }
        const groups: Group[] = [];
        const residual = new Set(header.residual);
        if (inSpan && !residual.size) return { rows, groups, zones: [], user: null };
        for (const b of header.groups) {
          if (!groupNear(b, w)) continue;
          const list = part<Group[]>(read, b);
          if (!list) return null;
          for (const g of list) if (groupNear(g, w) && (!inSpan || residual.has(g.uid))) groups.push(g);
        }
        if (!groups.length) return { rows, groups, zones: [], user: null };
        const z = part<{ zones: ZoneSpec[]; user: Transitions | null }>(read, header.zones);
        return z && { rows, groups, ...z };
      }),
  };
}

/** Writes the index; failing to (a read-only or full disk) never fails the command that reads. */
export function writeDerived(fs: Fs, path: string, bytes: Uint8Array): boolean {
  try {
    writeAtomic(fs, path, bytes, { derived: true });
    return true;
  } catch {
    return false;
  }
}
