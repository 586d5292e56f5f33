// Hostile input is data, in the shell prompt: `tt shell-init --prompt` shows the running timer's
// client/project as text in bash, zsh and fish, whatever it holds ($(...), backticks, %, \, escape
// sequences), and it does not turn on zsh's prompt_subst, under which a branch name such as
// `$(./pwn.sh)` in the user's own prompt would run.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git.ts';
import { tempDir } from '../helpers/tmp.ts';
import { run, setup, ttIn, type Setup } from '../hooks/helpers.ts';

const sq = (t: string): string => `'${t.replace(/'/g, `'\\''`)}'`;

interface World {
  s: Setup;
  repo: string;
  /** Where a command that ran would leave its mark. */
  marks: string;
  snippet: (shell: string) => string;
  label: string;
  /** The label as the prompt must show it: control characters as `?`. */
  shown: string;
}

function world(): World {
  const s = setup();
  const repo = makeRepo('acme-web', tempDir());
  const marks = tempDir('tt-marks-');
  const label = `acme/$(touch ${marks}/label-ran)\`touch ${marks}/label-tick\`%F{red}%~\\w\x1b]0;owned\x07`;
  mkdirSync(join(s.e.home, 'state'), { recursive: true });
  writeFileSync(join(s.e.home, 'state', 'timer'), `${Math.floor(Date.now() / 1000) - 3720} ${label}\n`);
  const snippet = (shell: string): string => {
    const file = join(tempDir(), `tt.${shell}`);
    writeFileSync(file, ttIn(s, tempDir(), ['shell-init', shell, '--prompt']).stdout);
    return file;
  };
  return { s, repo, marks, snippet, label, shown: label.replace(/[\x00-\x1f\x7f]/g, '?') };
}

const ran = (w: World): string[] => readdirSync(w.marks);

describe('the prompt segment shows the timer as text', () => {
  it('zsh: the user\'s own prompt is not substituted, and the segment is literal, % and all', () => {
    const w = world();
    // The user's precmd-built prompt holds a branch name, as prompts built with "..." do.
    const branch = `$(touch ${w.marks}/branch-ran)`;
    const script = [`branch=${sq(branch)}`, 'PROMPT="[$branch] %# "', `source ${sq(w.snippet('zsh'))}`, `cd ${sq(w.repo)}`, 'true', 'print -r -- "subst=${options[promptsubst]}"', 'exit', ''].join('\n');
    const r = run('zsh', ['-f', '-i'], w.repo, w.s.genv, script);
    expect(ran(w)).toEqual([]);
    expect(r.stdout).toContain('subst=off');
    expect(r.stderr).toContain(`[${w.shown} 1:0`);
    expect(r.stderr).toContain(`[${branch}] #`);
    expect(r.stderr + r.stdout).not.toContain('\x1b]0;owned');
  });

  it('zsh with prompt_subst set by the user (as frameworks do): the segment is still literal', () => {
    const w = world();
    const script = ['setopt prompt_subst', `source ${sq(w.snippet('zsh'))}`, `cd ${sq(w.repo)}`, 'true', 'exit', ''].join('\n');
    const r = run('zsh', ['-f', '-i'], w.repo, w.s.genv, script);
    expect(ran(w)).toEqual([]);
    expect(r.stderr).toContain(`[${w.shown} 1:0`);
  });

  it('bash: $(...), backticks and backslashes in the segment are not expanded', () => {
    const w = world();
    const script = [`PS1='\\u$ '`, `source ${sq(w.snippet('bash'))}`, `cd ${sq(w.repo)}`, '__tt_prompt', 'printf "%s" "${PS1@P}"'].join('\n');
    const r = run('bash', ['--norc', '--noprofile', '-c', script], w.repo, w.s.genv);
    expect(r.stderr).toBe('');
    expect(ran(w)).toEqual([]);
    expect(r.stdout).toMatch(new RegExp(`^\\[${w.shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 1:0\\d\\] `));
    expect(r.stdout).not.toContain('\x1b');
  });

  it('fish: the segment is printed as text', () => {
    const w = world();
    const script = ["function fish_prompt; printf 'me> '; end", `source ${sq(w.snippet('fish'))}`, `cd ${sq(w.repo)}`, '__tt_prompt', 'fish_prompt'].join('\n');
    const r = run('fish', ['--no-config', '-c', script], w.repo, w.s.genv);
    expect(r.stderr).toBe('');
    expect(ran(w)).toEqual([]);
    expect(r.stdout).toMatch(/^\[.* 1:0\d\] me> $/);
    expect(r.stdout).toContain(`[${w.shown} 1:0`);
  });
});
