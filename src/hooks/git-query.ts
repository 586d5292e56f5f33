// Questions `tt hooks install|uninstall|status` ask git about a repository and its configuration
// (where the hooks folder is, whether it is bare, what a config key says, which files are tracked),
// through simple-git, the git library the project chose: one git process per question, which a
// command run once per repo can afford. The hooks themselves are shell scripts and never run this;
// reading captured commits streams one `git log` per repo instead (see docs/architecture.md).
import { existsSync } from 'node:fs';
import { CheckRepoActions, GitConfigScope, GitPluginError, simpleGit, type SimpleGit } from 'simple-git';
import { EnvError } from '../core/errors.ts';

type Env = Record<string, string | undefined>;

// simple-git refuses to run git with variables that make git run another program (an editor, a
// pager, an ssh command) unless told to allow them. None of them matters to a question that only
// reads, so they are left out; the ones that choose which configuration git reads (GIT_CONFIG_GLOBAL,
// GIT_CONFIG_SYSTEM, GIT_EXEC_PATH, GIT_CONFIG_COUNT...) change the answers and are kept, allowed.
const RUNS_A_PROGRAM = /^(editor|visual|pager|git_pager|git_editor|git_sequence_editor|git_askpass|ssh_askpass|git_ssh|git_ssh_command|git_proxy_command|git_external_diff|git_template_dir)$/i;

function gitEnv(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !RUNS_A_PROGRAM.test(k)) out[k] = v;
  return { ...out, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/** A git client at `dir`, or null when the folder is not there (no repository, then). */
export function gitAt(dir: string, env: Env): SimpleGit | null {
  if (!existsSync(dir)) return null;
  return simpleGit({ baseDir: dir, unsafe: { allowUnsafeConfigPaths: true, allowUnsafeConfigEnvCount: true } }).env(gitEnv(env));
}

/**
 * The answer to one question, or `none` when git says no (not a repository, a key not set): simple-git
 * reports a failing exit as an error. Without git itself there is no answer: exit 4, saying so; nor
 * when simple-git would not run git (an environment variable it refuses): never a silent "no".
 */
export async function ask<T>(question: Promise<T>, none: T): Promise<T> {
  try {
    return await question;
  } catch (err) {
    if (/\bspawn git ENOENT\b/.test((err as Error)?.message ?? '')) throw new EnvError('git is not installed (or not on PATH)', 'Install git, then run the command again.');
    if (err instanceof GitPluginError) throw new EnvError(`git was not run: ${err.message}`, 'Unset that variable for this command, or report it: tt should pass it on.');
    return none;
  }
}

/** Output that is one path: only git's newline is cut off (a folder name may end in spaces or a newline of its own). */
export const onePath = (out: string | null): string | null => (out ? out.replace(/\n$/, '') : null) || null;

export const isBare = (git: SimpleGit): Promise<boolean> => ask(git.checkIsRepo(CheckRepoActions.BARE), false);

/** A config value as git reads it here (every scope), or null when it is not set. */
export async function configValue(git: SimpleGit, key: string, scope?: 'global' | 'system'): Promise<string | null> {
  const where = scope === 'global' ? GitConfigScope.global : scope === 'system' ? GitConfigScope.system : undefined;
  const r = await ask(where ? git.getConfig(key, where) : git.getConfig(key), null);
  const v = r?.value?.trim();
  return v ? v : null;
}
