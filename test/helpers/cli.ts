// Runs the built binary the way a user does: `node bin/tt.js ...` through process.execPath (so the
// Node 22 and 24 runs really test those), with a temp TT_HOME, a pinned clock and zone.
import { spawnSync, spawn, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { tempDir } from './tmp.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// TT_TEST_BIN lets a developer point the tests at another build of tt.
export const BIN = process.env.TT_TEST_BIN ?? join(ROOT, 'bin', 'tt.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface TtEnv {
  home: string; // TT_HOME
  env: Record<string, string>;
}

/** A fresh data folder with a pinned clock (TT_NOW) and zone. */
export function ttEnv(opts: { now?: string; tz?: string; extra?: Record<string, string> } = {}): TtEnv {
  const base = tempDir();
  const home = join(base, 'data');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: base,
    TT_HOME: home,
    TZ: opts.tz ?? 'Europe/Berlin',
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
    ...(opts.now ? { TT_NOW: opts.now } : {}),
    ...opts.extra,
  };
  return { home, env };
}

export function tt(e: TtEnv, args: string[], extraEnv: Record<string, string> = {}, input?: string): RunResult {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...e.env, ...extraEnv },
    encoding: 'utf8',
    input,
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs tt and fails the test with its output when the exit code is not `expected`. */
export function ok(e: TtEnv, args: string[], expected = 0, extraEnv: Record<string, string> = {}): RunResult {
  const r = tt(e, args, extraEnv);
  if (r.code !== expected) {
    throw new Error(`tt ${args.join(' ')} exited ${r.code} (expected ${expected})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  }
  return r;
}

export function ttJson<T = unknown>(e: TtEnv, args: string[], extraEnv: Record<string, string> = {}): T {
  return JSON.parse(ok(e, [...args, '--json'], 0, extraEnv).stdout) as T;
}

/** Starts tt without waiting, for concurrency tests. */
export function ttAsync(e: TtEnv, args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...e.env, ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
