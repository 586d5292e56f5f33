// Hook install asks git its questions through simple-git (issue 13 item 6), which refuses to run git
// when the environment names a program for git to run (an editor, a pager, an ssh command) unless
// told otherwise. A user's shell has those set as a rule: install, status and uninstall must work
// with them, and must still honour what chooses the configuration git reads (GIT_CONFIG_GLOBAL).
// A folder that is not there is simply no repository (execFile in a missing cwd said "git is not
// installed").
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git.ts';
import { g, setup, ttIn } from './helpers.ts';

const SHELL_ENV = {
  EDITOR: 'vim',
  VISUAL: 'vim',
  PAGER: 'less',
  GIT_PAGER: 'less -R',
  GIT_EDITOR: 'vim',
  GIT_SSH_COMMAND: 'ssh -o BatchMode=yes',
  GIT_ASKPASS: '/bin/false',
};

describe('hooks install with a real shell environment', () => {
  it('installs, reports and uninstalls with an editor, a pager and an ssh command set', () => {
    const s = setup(SHELL_ENV);
    const repo = makeRepo('repo');
    const installed = ttIn(s, repo, ['hooks', 'install', '--json'], 0, SHELL_ENV);
    expect(JSON.parse(installed.stdout).repos[0].result).toBe('installed');
    expect(existsSync(join(repo, '.git', 'hooks', 'post-commit'))).toBe(true);
    const status = JSON.parse(ttIn(s, repo, ['hooks', 'status', '--json'], 0, SHELL_ENV).stdout) as { repos: { current: boolean; wouldRecord: boolean }[] };
    expect(status.repos.find((r) => r.current)?.wouldRecord).toBe(true);
    ttIn(s, repo, ['hooks', 'uninstall'], 0, SHELL_ENV);
    expect(existsSync(join(repo, '.git', 'hooks', 'post-commit'))).toBe(false);
  });

  it('reads the global config GIT_CONFIG_GLOBAL names: its template folder gets the hooks', () => {
    const s = setup(SHELL_ENV);
    const home = s.genv.HOME!;
    const templates = join(home, 'my-templates');
    mkdirSync(templates);
    const config = join(home, 'elsewhere.gitconfig');
    writeFileSync(config, `[init]\n\ttemplateDir = ${templates}\n`);
    const env = { ...SHELL_ENV, GIT_CONFIG_GLOBAL: config };
    ttIn(s, home, ['hooks', 'install', '--global'], 0, env);
    expect(existsSync(join(templates, 'hooks', 'post-commit'))).toBe(true);
    expect(readFileSync(config, 'utf8')).toBe(`[init]\n\ttemplateDir = ${templates}\n`);
    expect(g(s, home, ['config', '--global', '--get', 'init.templateDir'], env).trim()).toBe(templates);
  });

  it('a --repo folder that is not there is no repository, not "git is not installed"', () => {
    const s = setup(SHELL_ENV);
    const r = ttIn(s, s.genv.HOME!, ['activity', '--repo', join(s.genv.HOME!, 'gone'), '--json'], 0, SHELL_ENV);
    expect(JSON.parse(r.stdout).records).toEqual([]);
    expect(r.stderr).not.toContain('git is not installed');
  });
});
