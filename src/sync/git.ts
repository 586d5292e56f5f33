// git in the data folder, through simple-git: never with hooks (tt's own hooks would log the sync as
// activity), never prompting (a sync must fail clearly, not hang on a password prompt), files
// private (umask 077). simple-git refuses to run git with settings that make git run a program
// unless allowed: tt allows exactly the ones it sets itself (core.hooksPath, the askpass variables
// it empties, the ssh command in batch mode, an empty --template at init) and the user's own ssh
// command and config paths; editors, pagers and the like are left out of git's environment.
import type { Readable } from 'node:stream';
import { GitPluginError, simpleGit, type SimpleGit } from 'simple-git';
import { EnvError } from '../core/errors.ts';
import { redactCredentials } from '../core/redact.ts';

type Env = Record<string, string | undefined>;

const EXIT_MARK = 'tt-git-exit:';
const EMPTY = Buffer.alloc(0);

/** The most output one git run may give: a month shard of 50,000 events is about 15 MB. */
export const MAX_OUTPUT = 128 << 20;

/** A git run whose output passed MAX_OUTPUT, cut off. */
export class TooLarge extends Error {}

const RUNS_A_PROGRAM = /^(editor|visual|pager|git_pager|git_editor|git_sequence_editor|git_proxy_command|git_external_diff|git_template_dir)$/i;

/** git's environment for a sync: the user's, without programs git would start, with prompts off. */
export function syncEnv(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined && !RUNS_A_PROGRAM.test(k)) out[k] = v;
  out.GIT_TERMINAL_PROMPT = '0';
  out.GIT_ASKPASS = '';
  out.SSH_ASKPASS = '';
  out.LC_ALL = 'C';
  if (!out.GIT_SSH_COMMAND) out.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes';
  return out;
}

/** A failed git run: its exit code and what it said. */
export class GitFailure extends Error {
  constructor(
    readonly code: number,
    readonly output: string,
  ) {
    super(output || `exit ${code}`);
  }
}

/** A GitFailure as the EnvError a user sees: what failed and git's last words, credentials hidden. */
export function failed(err: unknown, what: string): unknown {
  if (!(err instanceof GitFailure)) return err;
  const reason = err.output.split('\n').filter(Boolean).slice(-2).join(' / ') || `exit ${err.code}`;
  return new EnvError(`${what} failed: ${redactCredentials(reason)}`, 'Nothing was lost: local changes stay committed in the data folder; run `tt sync` again once this is fixed.');
}

export class Git {
  private readonly git: SimpleGit;

  constructor(
    readonly dir: string,
    readonly env: Record<string, string>,
  ) {
    process.umask(0o077);
    this.git = simpleGit({
      baseDir: dir,
      config: ['core.hooksPath=/dev/null', 'commit.gpgsign=false', 'core.quotePath=false'],
      timeout: { block: 120_000 },
      // Done when git's streams close; simple-git's other signal (exit, then a 50 ms timer) would
      // keep tt alive for those 50 ms after its last git.
      completion: { onClose: true, onExit: false },
      unsafe: { allowUnsafeHooksPath: true, allowUnsafeAskPass: true, allowUnsafeSshCommand: true, allowUnsafeConfigPaths: true, allowUnsafeConfigEnvCount: true, allowUnsafeTemplateDir: true },
      // Any exit but 0 is a failure, also one that printed nothing (rev-parse --verify -q). simple-git
      // turns what this returns into its own GitError's message; the exit code leads it.
      errors: (error, result) => (result.exitCode === 0 ? undefined : result.exitCode < 0 && error ? error : Buffer.concat([Buffer.from(`${EXIT_MARK}${result.exitCode}\n`), ...result.stdErr, ...result.stdOut])),
    })
      .env(env)
      .outputHandler((_cmd, stdout, _stderr, args) => {
        // simple-git waits 50 ms more after a git that printed nothing (to catch output racing the
        // exit): most of sync's git runs print nothing, so a sync would wait half a second. An
        // empty chunk on the next tick counts as output; git's real output is read as before.
        process.nextTick(() => stdout.emit('data', EMPTY));
        // Output is held in memory: a remote's file (or tree) larger than any tt writes is cut off,
        // and the run fails as TooLarge, rather than tt running out of memory.
        let bytes = 0;
        const out = stdout as Readable;
        out.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > MAX_OUTPUT && !out.destroyed) {
            this.cut.add(args.join('\0'));
            out.destroy();
          }
        });
      });
  }

  /** Runs whose output was cut off, by their arguments (after simple-git's own `-c` ones). */
  private readonly cut = new Set<string>();

  private wasCut(args: string[]): boolean {
    const tail = `\0${args.join('\0')}`;
    for (const k of this.cut) {
      if (`\0${k}`.endsWith(tail)) {
        this.cut.delete(k);
        return true;
      }
    }
    return false;
  }

  /** The same repository with other variables (a temporary index). */
  with(extra: Record<string, string>): Git {
    return new Git(this.dir, { ...this.env, ...extra });
  }

  /** Runs git; a failure is an EnvError naming `what` and git's reason (credentials hidden). */
  async run(args: string[], what: string): Promise<string> {
    try {
      return await this.raw(args);
    } catch (err) {
      throw failed(err, what);
    }
  }

  /** Runs git; null when it fails (a ref that is not there, no common ancestor). */
  async maybe(args: string[]): Promise<string | null> {
    try {
      return await this.raw(args);
    } catch (err) {
      if (err instanceof GitFailure) return null;
      throw err;
    }
  }

  /** A blob's bytes as they are (a calendar copy need not be UTF-8). */
  async blob(oid: string): Promise<Buffer> {
    try {
      return (await this.git.binaryCatFile(['blob', oid])) as Buffer;
    } catch (err) {
      if (this.wasCut(['cat-file', 'blob', oid])) throw new TooLarge();
      throw new EnvError(`git cat-file failed: ${redactCredentials(err instanceof Error ? err.message.replace(/^\S*exit:\d+\n/, '') : String(err))}`, 'Nothing was lost; run `tt sync` again.');
    }
  }

  /** Runs git and gives its failure (code and text) to the caller as a GitFailure (TooLarge: see MAX_OUTPUT). */
  async raw(args: string[]): Promise<string> {
    try {
      return await this.git.raw(args);
    } catch (err) {
      if (this.wasCut(args)) throw new TooLarge();
      if (err instanceof GitPluginError) throw new EnvError(`git was not run: ${err.message}`, 'Unset that variable for tt sync, or report it: tt should pass it on.');
      const message = err instanceof Error ? err.message : String(err);
      const exit = message.startsWith(EXIT_MARK) ? /^[^\n]*?(\d+)\n([\s\S]*)$/.exec(message) : null;
      if (exit) throw new GitFailure(Number(exit[1]), exit[2]!.trim());
      if (/\bspawn \S*git ENOENT\b/.test(message)) throw new EnvError('git is not installed', 'tt sync needs git on PATH.');
      throw err;
    }
  }
}
