// A small git runner for the hooks capability. Installing asks git questions whose answer is an exit
// code ("is this key set?", "is this file tracked?"), which simple-git reports as thrown errors;
// a direct execFile keeps the code, stdout and stderr apart and adds nothing to start-up.
import { execFile } from 'node:child_process';
import { EnvError } from '../core/errors.ts';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

const QUIET_ENV = { GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

export function git(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd: opts.cwd, env: { ...(opts.env ?? process.env), ...QUIET_ENV }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
        if (e && e.code === 'ENOENT' && typeof e.code === 'string') {
          reject(new EnvError('git is not installed (or not on PATH)', 'Install git, then run the command again.'));
          return;
        }
        resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** stdout of a git command that must succeed; `what` names it in the error. */
export async function gitOk(args: string[], what: string, opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<string> {
  const r = await git(args, opts);
  if (r.code !== 0) throw new EnvError(`git could not ${what}: ${r.stderr.trim().split('\n')[0] ?? `exit ${r.code}`}`);
  return r.stdout;
}

