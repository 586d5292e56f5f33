// A shard's text as the history cache reads it: its stat fingerprint, its event lines (encodeShard
// writes one event a line) and a hash of the first n of them, so that a shard a fold appended to is
// told from one changed in place without parsing the lines it already knew.
import { createHash } from 'node:crypto';
import type { Fs } from '../platform/fs.ts';

export interface Fingerprint {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export const samePrint = (a: Fingerprint, b: Fingerprint): boolean => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/**
 * Every shard under the events folder (path relative to it, `<device>/YYYY-MM.json`) with its
 * fingerprint. Paths are put together by hand: a week's question stats every shard of 34 years, and
 * path.join's normalising was a third of that.
 */
export function fingerprints(fs: Fs, dir: string): Map<string, Fingerprint> {
  const out = new Map<string, Fingerprint>();
  if (!fs.existsSync(dir)) return out;
  for (const device of fs.readdirSync(dir).sort()) {
    let files: string[];
    try {
      files = fs.readdirSync(`${dir}/${device}`);
    } catch {
      continue; // not a folder, or gone: no shards
    }
    for (const f of files.sort()) {
      if (!SHARD.test(f)) continue;
      try {
        const s = fs.statSync(`${dir}/${device}/${f}`);
        out.set(`${device}/${f}`, { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs });
      } catch {
        /* gone since it was listed: it is simply not part of history now */
      }
    }
  }
  return out;
}

const SHARD = /^\d{4}-\d{2}\.json$/;

/** `<device>/YYYY-MM.json` -> `YYYY-MM`. */
export const monthOfPath = (path: string): string => path.slice(-12, -5);

// A shard as encodeShard writes it: a header line, one event a line (each but the last ending in a
// comma), then a closing line. `ends[i]` is where event line i ends, its comma excluded.
export interface Lines {
  count: number;
  starts: number[];
  ends: number[];
}

const HEADER = '{"version":1,"events":[\n';
const FOOTER = '\n]}\n';

export function eventLines(text: string): Lines | null {
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

export const lineAt = (text: string, l: Lines, i: number): string => text.slice(l.starts[i], l.ends[i]);

/**
 * A hash of the first `n` event lines. Every line before the n-th ends in a comma whether or not more
 * follow, and the n-th is taken without its comma, so the hash stays the same when lines are added.
 */
export function hashLines(text: string, l: Lines, n: number): string {
  return createHash('sha1')
    .update(n ? text.slice(l.starts[0], l.ends[n - 1]) : '')
    .digest('base64');
}
