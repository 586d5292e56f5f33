// An in-process context for unit tests: a fixed clock, a temp data folder, captured output.
import { makeFs, type Fs } from '../../src/platform/fs.ts';
import type { Ctx } from '../../src/platform/context.ts';
import { tempDir } from './tmp.ts';
import { join } from 'node:path';

export interface TestCtx extends Ctx {
  stdout: string[];
  stderr: string[];
}

/** `clock`: the real clock (ids, grace periods, lock staleness); the system's unless a test moves it. */
export function testCtx(opts: { now?: string | number; clock?: () => number; tz?: string; fs?: Fs; env?: Record<string, string> } = {}): TestCtx {
  const base = tempDir();
  const now = typeof opts.now === 'number' ? opts.now : Date.parse(opts.now ?? '2026-11-27T10:00:00Z');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const env = { TT_HOME: join(base, 'data'), ...opts.env };
  return {
    now: () => now,
    clock: opts.clock ?? (() => Date.now()),
    env,
    fs: opts.fs ?? makeFs({}),
    out: (t) => void stdout.push(t),
    err: (t) => void stderr.push(t),
    isTTY: false,
    color: false,
    cwd: base,
    home: base,
    pid: process.pid,
    host: 'test-host',
    stdout,
    stderr,
  };
}
