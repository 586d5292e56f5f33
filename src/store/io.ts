// Small, careful file operations: atomic replacement, single-write appends, private permissions.
import { dirname } from 'node:path';
import { EnvError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

const ENV_CODES = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EIO', 'EDQUOT', 'EEXIST', 'EISDIR']);

/** Turns a filesystem failure into a message a user can act on (exit 4); other errors pass through. */
export function envFailure(err: unknown, what: string): unknown {
  const e = err as NodeJS.ErrnoException;
  if (!e || typeof e.code !== 'string' || !ENV_CODES.has(e.code)) return err;
  const hints: Record<string, string> = {
    ENOSPC: 'The disk is full: free some space and run the command again. Nothing was written.',
    EDQUOT: 'The disk quota is used up: free some space and run the command again. Nothing was written.',
    EROFS: 'The file system is read-only. Point TT_HOME at a writable folder.',
    EACCES: 'tt may not write there. Fix the folder permissions or point TT_HOME at a writable folder.',
    EPERM: 'tt may not write there. Fix the folder permissions or point TT_HOME at a writable folder.',
    ENOTDIR: 'Part of the data folder path is a file, not a folder. Point TT_HOME at a folder.',
    EEXIST: 'Part of the data folder path is a file, not a folder. Point TT_HOME at a folder.',
  };
  return new EnvError(`cannot ${what}: ${e.code} at ${e.path ?? '?'}`, hints[e.code] ?? 'Check the data folder and try again.');
}

export function ensureDir(fs: Fs, dir: string): void {
  try {
    if (fs.existsSync(dir)) return;
    const parent = dirname(dir);
    if (parent !== dir) ensureDir(fs, parent);
    fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
    batch?.dirs.push(dir);
  } catch (err) {
    throw envFailure(err, `create the folder ${dir}`);
  }
}

// A batch makes several writes land together or not at all: inside `atomically`, writeAtomic only
// writes its temp file and appendLine only queues its line; at the end every queued append is
// written (the commit point: one write per file) and then every temp file is renamed into place.
// Renames and unlinks need no free space, so a full disk stops a batch before its commit point or
// not at all; a failure before it removes the temp files and folders the batch made.
interface Batch {
  renames: { tmp: string; path: string }[];
  appends: Map<string, string>;
  pending: Map<string, string>; // path -> text it will have, so reads inside the batch see it
  dirs: string[];
}
let batch: Batch | null = null;

/** Runs `fn` (synchronous) as one batch of writes; nested calls join the outer batch. */
export function atomically<T>(fs: Fs, fn: () => T): T {
  if (batch) return fn();
  const b: Batch = (batch = { renames: [], appends: new Map(), pending: new Map(), dirs: [] });
  try {
    const result = fn();
    batch = null;
    for (const [path, text] of b.appends) appendNow(fs, path, text);
    b.appends.clear();
    while (b.renames.length) {
      const r = b.renames[0]!;
      try {
        fs.renameSync(r.tmp, r.path);
      } catch (err) {
        throw envFailure(err, `write ${r.path}`);
      }
      b.renames.shift();
    }
    return result;
  } catch (err) {
    batch = null;
    for (const r of b.renames) removeQuietly(fs, r.tmp);
    for (const d of b.dirs.reverse()) try { fs.rmdirSync(d); } catch { /* not empty, or gone */ }
    throw err;
  }
}

function removeQuietly(fs: Fs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    /* never written, or already gone */
  }
}

/**
 * Replaces `path` with `text` or leaves it exactly as it was: temp file, fsync, rename. `durable:
 * false` skips the fsync (several milliseconds) for derived state that tt can rebuild.
 */
export function writeAtomic(fs: Fs, path: string, text: string | Uint8Array, opts: { durable?: boolean } = {}): void {
  ensureDir(fs, dirname(path));
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  let fd = -1;
  try {
    fd = fs.openSync(tmp, 'wx', FILE_MODE);
    fs.writeSync(fd, text);
    if (opts.durable !== false) fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = -1;
    if (batch) {
      batch.renames.push({ tmp, path });
      if (typeof text === 'string') batch.pending.set(path, text); // binary files (the history cache) are never read back inside a batch
      return;
    }
    fs.renameSync(tmp, path);
  } catch (err) {
    if (fd >= 0) try { fs.closeSync(fd); } catch { /* already failing */ }
    removeQuietly(fs, tmp);
    throw envFailure(err, `write ${path}`);
  }
}

/**
 * Appends one record (or several, as one write) on an O_APPEND descriptor: concurrent appenders
 * never interleave records under 4 KiB, and never overwrite each other.
 */
export function appendLine(fs: Fs, path: string, line: string): void {
  const text = line.endsWith('\n') ? line : `${line}\n`;
  ensureDir(fs, dirname(path));
  if (batch) batch.appends.set(path, (batch.appends.get(path) ?? '') + text);
  else appendNow(fs, path, text);
}

function appendNow(fs: Fs, path: string, text: string): void {
  let fd = -1;
  try {
    fd = fs.openSync(path, 'a', FILE_MODE);
    fs.writeSync(fd, text);
    fs.closeSync(fd);
  } catch (err) {
    if (fd >= 0) try { fs.closeSync(fd); } catch { /* already failing */ }
    throw envFailure(err, `append to ${path}`);
  }
}

export function readIfExists(fs: Fs, path: string): string | null {
  const pending = batch?.pending.get(path);
  if (pending !== undefined) return pending;
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw envFailure(err, `read ${path}`);
  }
}
