// Small, careful file operations: atomic replacement, single-write appends, private permissions.
// Every write checks that all its bytes reached the file (write(2) may store fewer than it was given
// when the disk fills up), and nothing is written through a symbolic link inside the data folder.
import { constants } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DataError, EnvError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

// O_NOFOLLOW: a symbolic link planted where tt writes makes the open fail (ELOOP) instead of writing
// wherever it points. Windows has no such flag (and no such links without privileges).
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW;
const APPEND = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | NOFOLLOW;

const ENV_CODES = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EIO', 'EDQUOT', 'EEXIST', 'EISDIR']);

/**
 * Turns a filesystem failure into a message a user can act on (exit 4); other errors pass through.
 * `path` is the file or folder being written, named when the error itself carries no path (a failed
 * write(2) or fsync(2) does not).
 */
export function envFailure(err: unknown, what: string, fs?: Fs, path?: string): unknown {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ELOOP' && path) return linkError(path);
  if (!e || typeof e.code !== 'string' || !ENV_CODES.has(e.code)) return err;
  const where = e.path ?? path ?? '?';
  if (e.code === 'ENOSPC' || e.code === 'EDQUOT') {
    const dir = path ? dirname(path) : dirname(where);
    const free = fs ? freeBytes(fs, dir) : null;
    const room = free === null ? ` in ${dir}` : ` (${free} bytes free in ${dir})`;
    const full = e.code === 'ENOSPC' ? `the disk is full${room}` : `the disk quota is used up${free === null ? room : ` in ${dir}`}`;
    return new EnvError(`cannot ${what}: ${full}`, 'Free some space and run the command again. Nothing was changed.');
  }
  const hints: Record<string, string> = {
    EROFS: 'The file system is read-only. Point TT_HOME at a writable folder.',
    EACCES: 'tt may not write there. Fix the folder permissions or point TT_HOME at a writable folder.',
    EPERM: 'tt may not write there. Fix the folder permissions or point TT_HOME at a writable folder.',
    ENOTDIR: 'Part of the data folder path is a file, not a folder. Point TT_HOME at a folder.',
    EEXIST: 'Part of the data folder path is a file, not a folder. Point TT_HOME at a folder.',
  };
  return new EnvError(`cannot ${what}: ${e.code} at ${where}`, hints[e.code] ?? 'Check the data folder and try again.');
}

/** Free bytes for an unprivileged user on the disk holding `dir` (or its nearest existing parent). */
function freeBytes(fs: Fs, dir: string): number | null {
  for (let d = dir; ; d = dirname(d)) {
    try {
      const s = fs.statfsSync(d);
      return Number(s.bavail) * Number(s.bsize);
    } catch {
      if (dirname(d) === d) return null;
    }
  }
}

// The data folder, set by the Store: below it tt never writes through a symbolic link (one planted
// there, or one a sync brought, would send tt's writes wherever it points). The folder itself may be
// a link: that is the user's choice of where their data lives.
let dataRoot: string | null = null;

export function guardDataFolder(root: string): void {
  dataRoot = resolve(root);
}

function linkError(path: string): DataError {
  return new DataError(
    `${path} is a symbolic link inside the data folder; tt does not write through links, so nothing was written`,
    'Replace the link with a real folder or file of that name (or remove it); `tt doctor` lists every link in the data folder.',
  );
}

/** Refuses a write to `path` when a folder on its way down from the data folder, or the file itself, is a link. */
export function refuseLinks(fs: Fs, path: string): void {
  if (!dataRoot) return;
  const inside = (p: string): boolean => {
    const rel = relative(dataRoot!, resolve(p));
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  if (!inside(path)) {
    // A path spelled inside the data folder that `..` leads out of is never written.
    const parts = path.split(sep);
    const up = parts.indexOf('..');
    if (up > 0 && (inside(parts.slice(0, up).join(sep)) || resolve(parts.slice(0, up).join(sep)) === dataRoot)) {
      throw new DataError(`${path} leads outside the data folder ${dataRoot}; nothing was written`);
    }
    return;
  }
  const rel = relative(dataRoot, resolve(path));
  let at = dataRoot;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    let link: boolean;
    try {
      link = fs.lstatSync(at).isSymbolicLink();
    } catch {
      return; // missing from here down: tt makes it, as a real folder or file
    }
    if (link) throw linkError(at);
  }
}

/** Writes all of `data`, however many calls it takes; a call that stores nothing is a full disk. */
export function writeAll(fs: Fs, fd: number, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  let at = 0;
  while (at < buf.length) {
    const n = fs.writeSync(fd, buf, at, buf.length - at);
    if (!(n > 0)) {
      const e = new Error('write stored nothing') as NodeJS.ErrnoException;
      e.code = 'ENOSPC';
      throw e;
    }
    at += n;
  }
}

// A command's change is on disk (its events appended, its document renamed into place): from then on
// it must exit 0, even if printing its confirmation fails, since a retry would record it twice.
let changes = 0;

export function noteChange(): void {
  changes++;
}

export function changeCount(): number {
  return changes;
}

// Filesystems a transaction is open on (transaction.ts). A direct write there while it is open would
// land outside its all-or-nothing commit, so writeAtomic, appendLine and ensureDir refuse it as a bug:
// inside a transaction, its object is the only way to write. Transactions run synchronously, so at
// most one is open per filesystem.
const held = new WeakSet<Fs>();

/** Marks `fs` as written by a transaction only, until the returned function is called. */
export function holdWrites(fs: Fs): () => void {
  if (held.has(fs)) throw new Error('bug: a transaction inside a transaction: pass the open one down');
  held.add(fs);
  return () => void held.delete(fs);
}

function refuseWhileHeld(fs: Fs, path: string): void {
  if (held.has(fs)) throw new Error(`bug: ${path} written around the open transaction; write it through the transaction`);
}

export function ensureDir(fs: Fs, dir: string): void {
  refuseWhileHeld(fs, dir);
  refuseLinks(fs, dir);
  makeDir(fs, dir);
}

/** ensureDir, for a folder whose way down was checked for links already; `made` collects the folders it creates. */
function makeDir(fs: Fs, dir: string, made?: string[]): void {
  try {
    if (fs.existsSync(dir)) return;
    const parent = dirname(dir);
    if (parent !== dir) makeDir(fs, parent, made);
    fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
    made?.push(dir);
  } catch (err) {
    throw envFailure(err, `create the folder ${dir}`, fs, dir);
  }
}

export function removeQuietly(fs: Fs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    /* never written, or already gone */
  }
}

/**
 * Writes `text` into a new temp file beside `path` (its folder made first) and returns the temp
 * file's name; `durable`: fsynced too. On failure nothing is left. For writeAtomic and transactions.
 */
export function writeTemp(fs: Fs, path: string, text: string | Uint8Array, o: { durable: boolean; made?: string[] }): string {
  refuseLinks(fs, path);
  makeDir(fs, dirname(path), o.made);
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  let fd = -1;
  try {
    fd = fs.openSync(tmp, CREATE_NEW, FILE_MODE);
    writeAll(fs, fd, text);
    if (o.durable) fs.fsyncSync(fd);
    fs.closeSync(fd);
    return tmp;
  } catch (err) {
    if (fd >= 0) try { fs.closeSync(fd); } catch { /* already failing */ }
    removeQuietly(fs, tmp);
    throw envFailure(err, `write ${path}`, fs, path);
  }
}

/**
 * Replaces `path` with `text` or leaves it exactly as it was: temp file, fsync, rename. `derived`:
 * state tt rebuilds from its records (caches), written without the fsync (several milliseconds).
 * Several files that must change together go through a transaction (transaction.ts) instead.
 */
export function writeAtomic(fs: Fs, path: string, text: string | Uint8Array, opts: { derived?: boolean } = {}): void {
  refuseWhileHeld(fs, path);
  const tmp = writeTemp(fs, path, text, { durable: !opts.derived });
  try {
    fs.renameSync(tmp, path);
  } catch (err) {
    removeQuietly(fs, tmp);
    throw envFailure(err, `write ${path}`, fs, path);
  }
}

/**
 * Appends one line as one write on an O_APPEND descriptor: concurrent appenders never interleave
 * and never overwrite each other. The line starts with a newline too, so that a line another writer
 * left unfinished (a full disk cut its write short) never runs into this one; readers skip empty lines.
 */
export function appendLine(fs: Fs, path: string, line: string): void {
  refuseWhileHeld(fs, path);
  appendText(fs, path, prepareAppend(fs, path, line));
}

/** The text appendLine writes for `line`, once the way to `path` is checked and its folder made. */
export function prepareAppend(fs: Fs, path: string, line: string, made?: string[]): string {
  refuseLinks(fs, path);
  makeDir(fs, dirname(path), made);
  return `\n${line}${line.endsWith('\n') ? '' : '\n'}`;
}

/** Appends `text` (lines prepared by prepareAppend) in one write, looping until all of it is written. */
export function appendText(fs: Fs, path: string, text: string): void {
  let fd = -1;
  try {
    fd = fs.openSync(path, APPEND, FILE_MODE);
    // A write cut short leaves the start of the line in the file; the rest is written by the next
    // call, or the append fails and the piece stays an unfinished line, which is never read as a
    // record (see parseJournal), so a failed command has recorded nothing.
    writeAll(fs, fd, text);
    fs.closeSync(fd);
  } catch (err) {
    if (fd >= 0) try { fs.closeSync(fd); } catch { /* already failing */ }
    throw envFailure(err, `append to ${path}`, fs, path);
  }
}

export function readIfExists(fs: Fs, path: string): string | null {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw envFailure(err, `read ${path}`, fs, path);
  }
}
