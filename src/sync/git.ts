// git in the data folder: never with hooks (tt's own hooks would log the sync as activity), never
// prompting (a sync must fail clearly, not hang on a password prompt), files private (umask 077).
import { spawnSync } from 'node:child_process';
import { EnvError } from '../core/errors.ts';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function gitIn(dir: string, args: string[], opts: { timeoutMs?: number; env?: Record<string, string | undefined> } = {}): GitResult {
  process.umask(0o077);
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C' };
  if (!env.GIT_SSH_COMMAND) env.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes';
  const r = spawnSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', '-C', dir, ...args], {
    encoding: 'utf8',
    env,
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new EnvError('git is not installed', 'tt sync needs git on PATH.');
  }
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Runs git and turns a failure into an EnvError naming what failed. */
export function gitOk(dir: string, args: string[], what: string, opts?: Parameters<typeof gitIn>[2]): string {
  const r = gitIn(dir, args, opts);
  if (r.code !== 0) {
    const reason = (r.stderr || r.stdout).trim().split('\n').filter(Boolean).slice(-2).join(' / ') || `exit ${r.code}`;
    throw new EnvError(`${what} failed: ${reason}`, 'Nothing was lost: local changes stay committed in the data folder; run `tt sync` again once this is fixed.');
  }
  return r.stdout;
}
