// Small, careful file operations: atomic replacement, single-write appends, private permissions.
import { dirname } from 'node:path';
import { EnvError } from '../core/errors.ts';
import type { Fs } from './fs.ts';

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
    if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  } catch (err) {
    throw envFailure(err, `create the folder ${dir}`);
  }
}

/** Replaces `path` with `text` or leaves it exactly as it was: temp file, fsync, rename. */
export function writeAtomic(fs: Fs, path: string, text: string): void {
  ensureDir(fs, dirname(path));
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  let fd = -1;
  try {
    fd = fs.openSync(tmp, 'wx', FILE_MODE);
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = -1;
    fs.renameSync(tmp, path);
  } catch (err) {
    if (fd >= 0) try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(tmp); } catch { /* may not exist */ }
    throw envFailure(err, `write ${path}`);
  }
}

/**
 * Appends one record in a single write(2) on an O_APPEND descriptor: concurrent appenders never
 * interleave records under 4 KiB, and never overwrite each other.
 */
export function appendLine(fs: Fs, path: string, line: string): void {
  ensureDir(fs, dirname(path));
  let fd = -1;
  try {
    fd = fs.openSync(path, 'a', FILE_MODE);
    fs.writeSync(fd, line.endsWith('\n') ? line : `${line}\n`);
    fs.closeSync(fd);
  } catch (err) {
    if (fd >= 0) try { fs.closeSync(fd); } catch { /* already failing */ }
    throw envFailure(err, `append to ${path}`);
  }
}

export function readIfExists(fs: Fs, path: string): string | null {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw envFailure(err, `read ${path}`);
  }
}
