// Reading a file the user names (an export to import, a calendar, an invoice, a template). Hostile
// or mistaken input must not hang tt or fill its memory: only regular files are read (a FIFO blocks
// forever, /dev/zero never ends), up to a size cap, and the open itself never blocks (O_NONBLOCK:
// opening a FIFO with no writer would wait). Text is decoded from what the bytes are: UTF-8 (with or
// without a BOM), UTF-16 with a BOM (Excel's "Unicode text"), or, when it is not valid UTF-8,
// Windows-1252 (Latin-1), which is said in a note rather than shown as mojibake.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UsageError } from '../core/errors.ts';

/** Exports, calendars and invoices larger than this are refused: a year of a busy calendar is a few MiB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface UserText {
  text: string;
  encoding: TextEncoding;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252: worth a warning naming the file. */
  note: string | null;
}

export interface ReadUserOptions {
  /** What to do instead, for messages (e.g. "Give the path of the exported file."). */
  hint: string;
  maxBytes?: number;
  /** The flag the path came from, when it came from one (--template). */
  flag?: string;
}

function kind(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

/** The bytes of a regular file at `path`, at most `maxBytes`; UsageError (exit 2) naming `shown` otherwise. */
export function readUserBytes(path: string, shown: string, o: ReadUserOptions): Buffer {
  const max = o.maxBytes ?? MAX_INPUT_BYTES;
  const prefix = o.flag ? `${o.flag}: ` : '';
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    throw new UsageError(`${prefix}cannot read ${shown}: ${why}`, o.hint);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(`${prefix}cannot read ${shown}: it is a folder`, o.hint);
    if (!st.isFile()) throw new UsageError(`${prefix}cannot read ${shown}: it is ${kind(st)}; tt reads only regular files`, 'Save what it holds to a file first, and give that file.');
    const tooBig = (): never => {
      throw new UsageError(`${prefix}${shown} is larger than ${mib(max)}, more than tt reads from one file`, 'Export a shorter period, or split the file.');
    };
    if (st.size > max) tooBig();
    // Read to the end rather than trusting the size: files in /proc report 0, and a file can grow.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 65536, max + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (err) {
        throw new UsageError(`${prefix}cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, o.hint);
      }
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > max) tooBig();
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** A user's file as text, decoded from what its bytes are (see the top of this file). */
export function readUserText(path: string, shown: string, o: ReadUserOptions): UserText {
  return decodeText(readUserBytes(path, shown, o), shown);
}

export function decodeText(bytes: Buffer, shown: string): UserText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.toString('utf8', 3), encoding: 'utf-8', note: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'le'), encoding: 'utf-16le', note: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'be'), encoding: 'utf-16be', note: null };
  const bom = utf16WithoutBom(bytes);
  if (bom) return { text: utf16(bytes, bom), encoding: bom === 'le' ? 'utf-16le' : 'utf-16be', note: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', note: null };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252', note: `${shown} is not UTF-8; it was read as Windows-1252 (Latin-1). If letters look wrong, save it as UTF-8 and try again` };
  }
}

function utf16(bytes: Buffer, order: 'le' | 'be'): string {
  const even = bytes.length - (bytes.length % 2);
  if (order === 'le') return bytes.toString('utf16le', 0, even);
  const swapped = Buffer.from(bytes.subarray(0, even));
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** UTF-16 without a BOM: text of mostly ASCII has a zero in every other byte. */
function utf16WithoutBom(bytes: Buffer): 'le' | 'be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'be';
  return null;
}

// Windows-1252 differs from ISO-8859-1 only in 0x80..0x9F (€, quotes, dashes, ...); undefined bytes stay as their Latin-1 control characters.
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function windows1252(bytes: Buffer): string {
  const latin1 = bytes.toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
}
