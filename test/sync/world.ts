// Data folders that sync through a local bare repository, run in-process (src/cli.ts main), and a
// hostile clone of that repository that pushes whatever a test wants: deletions, rewrites, links,
// force-pushes. Real git everywhere; only tt runs inside the test's process.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli.ts';
import { testCtx } from '../helpers/ctx.ts';
import { gitEnv } from '../helpers/git.ts';
import { tempDir } from '../helpers/tmp.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Device {
  home: string;
  run(args: string[], now?: string): Promise<Run>;
  ok(args: string[], now?: string): Promise<Run>;
  json<T>(args: string[]): Promise<T>;
}

export const NOW = '2026-11-27T12:00:00Z';

export function device(now = NOW): Device {
  const home = join(tempDir('tt-dev-'), 'data');
  const run = async (args: string[], at = now): Promise<Run> => {
    const ctx = testCtx({ now: at, env: { TT_HOME: home, TZ: 'Europe/Berlin', HOME: join(home, '..'), GIT_CONFIG_NOSYSTEM: '1' } });
    const code = await main(args, ctx);
    return { code, stdout: ctx.stdout.join(''), stderr: ctx.stderr.join('') };
  };
  const ok = async (args: string[], at?: string): Promise<Run> => {
    const r = await run(args, at);
    if (r.code !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    return r;
  };
  return { home, run, ok, json: async <T>(args: string[]) => JSON.parse((await ok([...args, '--json'])).stdout) as T };
}

export function bareRemote(): string {
  const remote = join(tempDir('tt-remote-'), 'data.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  return remote;
}

/** git in `dir` as someone else would run it: their own name, no hooks of tt's. */
export function git(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: { ...gitEnv(), GIT_CONFIG_NOSYSTEM: '1' }, encoding: 'utf8' });
}

/** A plain clone of the remote, for a hostile user (or a broken tool) to push from. */
export function hostileClone(remote: string): string {
  const dir = join(tempDir('tt-hostile-'), 'clone');
  mkdirSync(dir);
  git(dir, ['clone', '-q', remote, '.']);
  git(dir, ['config', 'user.email', 'mallory@example.com']);
  git(dir, ['config', 'user.name', 'Mallory']);
  return dir;
}

/** Commits everything in the clone and pushes it (with --force when asked). */
export function pushAll(clone: string, message: string, force = false): void {
  git(clone, ['add', '-A']);
  git(clone, ['commit', '-q', '-m', message]);
  git(clone, ['push', '-q', ...(force ? ['--force'] : []), 'origin', 'HEAD:main']);
}

export const remoteHead = (remote: string): string => git(remote, ['rev-parse', 'main']).trim();

export const ids = async (d: Device): Promise<string[]> =>
  (await d.json<{ entries: { id: string }[] }>(['log', '--since', '2026-01-01'])).entries.map((e) => e.id).sort();
