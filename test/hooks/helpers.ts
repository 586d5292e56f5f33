// Shared by the hooks tests: a data folder, repos with tt's hooks, git run the way a user runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ttEnv, type TtEnv } from '../helpers/cli.ts';
import { gitEnv, makeRepo } from '../helpers/git.ts';

export interface Setup {
  e: TtEnv;
  /** The environment git runs with: the same HOME and TT_HOME as tt. */
  genv: Record<string, string>;
}

export function setup(extra: Record<string, string> = {}): Setup {
  const e = ttEnv({ tz: 'UTC', extra });
  return { e, genv: { ...gitEnv(), HOME: e.env.HOME!, TT_HOME: e.home, ...extra } };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], cwd: string, env: Record<string, string>, input?: string): Run {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', input, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function g(s: Setup, cwd: string, args: string[], env: Record<string, string> = {}): string {
  const r = run('git', args, cwd, { ...s.genv, ...env });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** tt run inside `cwd`; throws with its output unless it exits `expected`. */
export function ttIn(s: Setup, cwd: string, args: string[], expected = 0, env: Record<string, string> = {}): Run {
  const r = run(process.execPath, [BIN, ...args], cwd, { ...s.e.env, ...env });
  if (r.code !== expected) throw new Error(`tt ${args.join(' ')} exited ${r.code} (expected ${expected})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

export function repoWithHooks(s: Setup, name = 'repo', parent?: string): string {
  const dir = makeRepo(name, parent);
  ttIn(s, dir, ['hooks', 'install']);
  return dir;
}

export interface ActivityJson {
  kind: string;
  repo: string;
  sha: string | null;
  branch: string | null;
  subject: string | null;
  rewrittenFrom: string | null;
  client: string | null;
  at: string;
}

export function activity(s: Setup, kind?: string): ActivityJson[] {
  const args = ['activity', '--since', '2000-01-01', ...(kind ? ['--kind', kind] : [])];
  return (JSON.parse(ttIn(s, s.e.home.replace(/\/data$/, ''), [...args, '--json']).stdout) as { records: ActivityJson[] }).records;
}

export function journalLines(s: Setup): string[] {
  const p = join(s.e.home, 'journal.ndjson');
  return existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter(Boolean) : [];
}

export function logShas(s: Setup, repo: string): string[] {
  return g(s, repo, ['log', '--format=%H']).split('\n').filter(Boolean).sort();
}
