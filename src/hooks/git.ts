// A small git runner for what the hooks capability does besides asking questions (those go through
// simple-git, git-query.ts): setting and unsetting init.templateDir in the global config for
// `--global` (simple-git refuses that write unless told that changing where templates come from is
// meant), and resolve.ts's batched `git log` of captured commits, which runs on every read of
// activity and wants its exit code, stdout and stderr apart, with nothing loaded for it.
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

