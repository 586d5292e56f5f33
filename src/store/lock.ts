// The inter-process lock folding and timer changes take. It records its owner's pid and host, and a
// lock whose owner process is gone (on this host) is taken over at once: a crash never makes the
// next command wait. A lock held by a live process is waited for, then reported.
import { EnvError } from '../core/errors.ts';
import type { Ctx } from '../platform/context.ts';
import { ensureDir, envFailure, FILE_MODE, writeAll } from './io.ts';
import { dirname } from 'node:path';

const WAIT_MS = 15_000;

interface Owner {
  pid: number;
  host: string;
  since: number;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(ctx: Ctx, path: string): Owner | null {
  try {
    const o = JSON.parse(ctx.fs.readFileSync(path, 'utf8')) as Owner;
    return typeof o.pid === 'number' ? o : null;
  } catch {
    return null;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function tryAcquire(ctx: Ctx, path: string): boolean {
  let fd = -1;
  try {
    fd = ctx.fs.openSync(path, 'wx', FILE_MODE);
    writeAll(ctx.fs, fd, JSON.stringify({ pid: ctx.pid, host: ctx.host, since: ctx.clock() }));
    ctx.fs.closeSync(fd);
    return true;
  } catch (err) {
    if (fd < 0 && (err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // Ours but without its owner written in full (a full disk): others would wait for it, so it goes.
    if (fd >= 0) {
      try { ctx.fs.closeSync(fd); } catch { /* already failing */ }
      try { ctx.fs.unlinkSync(path); } catch { /* then a later command finds it unreadable and takes it over */ }
    }
    throw envFailure(err, `take the lock ${path}`, ctx.fs, path);
  }
}

/** Removes a lock whose owner is dead; true when it did. A lock being written (empty) is left alone briefly. */
function breakIfStale(ctx: Ctx, path: string): boolean {
  const owner = readOwner(ctx, path);
  if (owner) {
    if (owner.host !== ctx.host || alive(owner.pid)) return false;
  } else {
    // Empty or unreadable: its writer died between open and write, or is writing right now.
    try {
      if (ctx.clock() - ctx.fs.statSync(path).mtimeMs < 2000) return false;
    } catch {
      return true;
    }
  }
  // Rename first so two processes breaking the same stale lock cannot both delete a fresh one.
  const aside = `${path}.stale.${ctx.pid}`;
  try {
    ctx.fs.renameSync(path, aside);
  } catch {
    return true;
  }
  const moved = readOwner(ctx, aside);
  if (moved && owner && moved.pid !== owner.pid) {
    // Someone took the lock between our read and rename: give it back.
    try { ctx.fs.renameSync(aside, path); } catch { /* they will notice */ }
    return false;
  }
  try { ctx.fs.unlinkSync(aside); } catch { /* gone already */ }
  return true;
}

export function withLock<T>(ctx: Ctx, path: string, fn: () => T, waitMs = WAIT_MS): T {
  acquire(ctx, path, waitMs);
  try {
    return fn();
  } finally {
    try { ctx.fs.unlinkSync(path); } catch { /* a failed unlink leaves a lock a dead pid owns: taken over next time */ }
  }
}

/**
 * withLock for work that awaits (sync's local git steps between its fetch and its push). The wait
 * for the lock blocks as withLock's does; `fn` must not reach the network: others wait 15 s at most.
 */
export async function withLockAsync<T>(ctx: Ctx, path: string, fn: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
  acquire(ctx, path, waitMs);
  try {
    return await fn();
  } finally {
    try { ctx.fs.unlinkSync(path); } catch { /* see withLock */ }
  }
}

function acquire(ctx: Ctx, path: string, waitMs: number): void {
  ensureDir(ctx.fs, dirname(path));
  // The real clock: a pinned now() would never reach the deadline.
  const deadline = ctx.clock() + waitMs;
  let delay = 2;
  while (!tryAcquire(ctx, path)) {
    if (breakIfStale(ctx, path)) continue;
    if (ctx.clock() > deadline) {
      const o = readOwner(ctx, path);
      throw new EnvError(
        `the data folder is locked by process ${o?.pid ?? '?'} on ${o?.host ?? '?'}`,
        `If no tt is running, remove ${path} and try again.`,
      );
    }
    sleep(delay);
    delay = Math.min(delay * 2, 50);
  }
}

/** Like withLock, but gives up at once (returns undefined) when another live process holds it. */
export function tryWithLock<T>(ctx: Ctx, path: string, fn: () => T): T | undefined {
  ensureDir(ctx.fs, dirname(path));
  if (!tryAcquire(ctx, path) && !(breakIfStale(ctx, path) && tryAcquire(ctx, path))) return undefined;
  try {
    return fn();
  } finally {
    try { ctx.fs.unlinkSync(path); } catch { /* see withLock */ }
  }
}
