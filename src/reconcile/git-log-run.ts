// Commits of one repo from a plain spawned `git log --all`: simple-git would buffer the whole output,
// and a 100,000-commit history must never be one string in memory. The output is read as a stream,
// each line parsed as it comes (git-log.ts), and only the commits that count are kept.
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvError } from '../core/errors.ts';
import { GitLogError, LOG_FORMAT, parseLogLine, type LogCommit, type LogOptions } from './git-log.ts';

export interface GitLogRun {
  /** Waits for git, then streams its output through parseLogLine and removes the file. */
  read(o: LogOptions): Promise<LogCommit[]>;
  /** Removes the output when it will not be read (an error elsewhere). */
  discard(): void;
  /** Settles when git has exited, however it went. */
  exited: Promise<unknown>;
}

/**
 * Starts `git log --all` for `repo` now. Its output goes to a private temp file rather than a pipe:
 * through a pipe git would stop every 64 KiB until node reads, and node is busy reading the rest of
 * the evidence meanwhile; this way both run at once, and the file is still read as a stream, never as
 * one string. `--since` lets git stop walking early: it compares committer dates, which are never
 * earlier than author dates, so nothing in range is lost.
 */
export function spawnGitLog(repo: string, since: number): GitLogRun {
  const { dir, fd } = tempFile();
  const file = join(dir, 'log');
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  const sinceArg = since > 0 ? [`--since=@${Math.floor(since / 1000)}`] : [];
  const exited = new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    let stderr = '';
    try {
      const child = spawn('git', ['-C', repo, 'log', '--all', ...sinceArg, LOG_FORMAT], { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' } });
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        if (stderr.length < 4096) stderr += chunk;
      });
      child.on('error', (err: NodeJS.ErrnoException) => reject(err.code === 'ENOENT' ? new EnvError('git is not installed (or not on PATH)', 'Install git to read commit history.') : err));
      child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
    } finally {
      closeSync(fd);
    }
  });
  exited.catch(() => {}); // reported by read(); a discarded run must not become an unhandled rejection
  return {
    discard: removeDir,
    exited: exited.catch(() => {}),
    async read(o) {
      try {
        const { code, stderr } = await exited;
        if (code !== 0) throw new GitLogError(repo, stderr.trim().split('\n')[0] || `exit ${code}`);
        return await parseFile(file, o);
      } finally {
        removeDir();
      }
    },
  };
}

function tempFile(): { dir: string; fd: number } {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'tt-log-'));
    return { dir, fd: openSync(join(dir, 'log'), 'w', 0o600) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new EnvError(`cannot write a temp file for git log in ${tmpdir()}: ${e.code ?? e.message}`, 'Point TMPDIR at a writable folder with some free space.');
  }
}

/** The commits of one repo that count, read from start to end. */
export function readGitLog(repo: string, o: LogOptions): Promise<LogCommit[]> {
  return spawnGitLog(repo, o.since).read(o);
}

async function parseFile(file: string, o: LogOptions): Promise<LogCommit[]> {
  const out: LogCommit[] = [];
  let rest = '';
  let lines = 0;
  const take = (line: string): void => {
    const c = parseLogLine(line, o);
    if (c) out.push(c);
    if (++lines % 1000 === 0) o.onLines?.(1000);
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    const parts = (rest + (chunk as string)).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) take(line);
  }
  if (rest) take(rest);
  o.onLines?.(lines % 1000);
  return out;
}
