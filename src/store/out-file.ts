// Files tt writes for the user (`--out`): never inside the data folder (a rendered invoice over a
// month shard destroys records), never over an existing file without --force, never into a folder
// that is not there without --mkdir; written whole and atomically, and a failure is exit 4 with the
// path. checkOut does every check (and proves the folder takes new files) before the command changes
// anything; writeOut writes. Every command with --out goes through these two.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { EnvError, TtError, UsageError } from '../core/errors.ts';
import { ensureDir, FILE_MODE, writeAtomic } from './io.ts';
import { dataDir } from './paths.ts';

export interface OutFlags {
  force?: boolean;
  mkdir?: boolean;
}

export interface OutTarget {
  path: string; // absolute, as given
  /** Folders --mkdir will make, outermost first. */
  missing: string[];
}

/** Refuses what must not be written, before anything is; the returned target goes to writeOut. */
export function checkOut(ctx: Ctx, given: string, flags: OutFlags): OutTarget {
  const path = resolve(ctx.cwd, given);
  const root = realish(resolve(ctx.cwd, dataDir(ctx)));
  const real = realish(path);
  const rel = relative(root, real);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    throw new UsageError(`--out ${given} is inside tt's data folder ${root}: tt never writes its output there`, 'Give a path outside the data folder.');
  }
  const missing: string[] = [];
  for (let dir = dirname(path); !exists(ctx, dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  if (missing.length && !flags.mkdir) {
    throw new UsageError(`the folder ${missing[0]} does not exist`, `Create it, or give --mkdir to let tt make ${missing[missing.length - 1]}.`);
  }
  const st = stat(ctx, path);
  if (st && !st.isFile()) throw new UsageError(`--out ${given} is not a regular file; tt writes only files`, 'Give the path of a file.');
  if (st && !flags.force) throw new UsageError(`${path} exists; tt does not replace it`, 'Give --force to replace it, or another path.');
  probe(ctx, missing.length ? dirname(missing[0]!) : dirname(path), path);
  return { path, missing };
}

/** Writes the file whole (temp file, fsync, rename); any failure is exit 4 naming the path. */
export function writeOut(ctx: Ctx, target: OutTarget, text: string | Uint8Array): void {
  try {
    for (const dir of target.missing) ensureDir(ctx.fs, dir);
    writeAtomic(ctx.fs, target.path, text);
  } catch (err) {
    throw outFailure(err, target.path);
  }
}

/** What writeOut says when a folder was made for the file ("" when none was). */
export function madeFolders(target: OutTarget): string {
  return target.missing.length ? `; made the folder ${target.missing[target.missing.length - 1]}` : '';
}

/**
 * Proves the folder takes new files by making one and removing it at once: a read-only mount, /proc
 * or a folder without permission fail here, before the command has changed anything.
 */
function probe(ctx: Ctx, dir: string, path: string): void {
  const file = join(dir, `.tt-out-${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number;
  try {
    fd = ctx.fs.openSync(file, 'wx', FILE_MODE);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new EnvError(`cannot write ${path}: the folder ${dir} does not take new files (${code})`, 'Choose another path for --out: a folder you may write to, on a disk with free space.');
  }
  try {
    ctx.fs.closeSync(fd);
  } finally {
    try {
      ctx.fs.unlinkSync(file);
    } catch {
      /* a folder that lets a file be made but not removed: the write itself will tell */
    }
  }
}

function outFailure(err: unknown, path: string): unknown {
  if (err instanceof TtError) return err.exitCode === 4 ? new EnvError(err.message.replace(/^cannot (write|append to|create the folder) /, 'cannot write '), err.hint) : err;
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code !== 'string') return err;
  return new EnvError(`cannot write ${path}: ${e.code}${e.path && e.path !== path ? ` at ${e.path}` : ''}`, 'Choose another path for --out: a folder you may write to, on a disk with free space.');
}

/** The real path of `p`, or of its deepest existing ancestor with the rest appended. */
function realish(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(realish(parent), basename(p));
  }
}

function exists(ctx: Ctx, p: string): boolean {
  return stat(ctx, p) !== null;
}

function stat(ctx: Ctx, p: string): ReturnType<Ctx['fs']['statSync']> | null {
  try {
    return ctx.fs.statSync(p);
  } catch {
    return null;
  }
}
