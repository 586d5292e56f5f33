// The shell snippets: enter, at most one heartbeat a minute, leave; the prompt segment from the
// small state files; the same records from bash, zsh and fish.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { makeRepo } from '../helpers/git.ts';
import { activity, journalLines, run, setup, ttIn } from './helpers.ts';

const sq = (t: string): string => `'${t.replace(/'/g, `'\\''`)}'`;

function snippet(s: ReturnType<typeof setup>, shell: string, prompt = false): string {
  const file = join(tempDir(), `tt.${shell}`);
  writeFileSync(file, ttIn(s, tempDir(), ['shell-init', shell, ...(prompt ? ['--prompt'] : [])]).stdout);
  return file;
}

describe('tt shell-init', () => {
  it('bash: enter, one heartbeat a minute, leave; nothing outside repos', () => {
    const s = setup();
    const repo = makeRepo('acme-web', tempDir());
    mkdirSync(join(repo, 'src', 'deep'), { recursive: true });
    const t0 = 1795773000;
    const script = [
      `source '${snippet(s, 'bash')}'`,
      'unset EPOCHSECONDS',
      `cd /tmp; EPOCHSECONDS=${t0 - 5}; __tt_prompt`,
      `cd '${repo}/src/deep'; EPOCHSECONDS=${t0}; __tt_prompt`,
      `cd '${repo}'; EPOCHSECONDS=${t0 + 30}; __tt_prompt`,
      `EPOCHSECONDS=${t0 + 59}; __tt_prompt`,
      `EPOCHSECONDS=${t0 + 61}; __tt_prompt`,
      `EPOCHSECONDS=${t0 + 90}; __tt_prompt`,
      `cd /; EPOCHSECONDS=${t0 + 125}; __tt_prompt`,
    ].join('\n');
    const r = run('bash', ['--norc', '--noprofile', '-c', script], repo, s.genv);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const got = activity(s).map((a) => [a.kind, a.repo, Date.parse(a.at) / 1000]);
    expect(got).toEqual([
      ['enter', repo, t0],
      ['heartbeat', repo, t0 + 61],
      ['leave', repo, t0 + 125],
    ]);
  });

  it('bash --prompt: shows the running timer, or the nudge for this repo\'s client', () => {
    const s = setup();
    const repo = makeRepo('globex-api', tempDir());
    mkdirSync(join(s.e.home, 'state'), { recursive: true });
    writeFileSync(join(s.e.home, 'state', 'repos'), `globex\t${repo}\n`);
    const t0 = 1795773000;
    const ps = (timer: string): string => {
      writeFileSync(join(s.e.home, 'state', 'timer'), timer);
      const script = `PS1='$ '\nsource '${snippet(s, 'bash', true)}'\nunset EPOCHSECONDS\nEPOCHSECONDS=${t0 + 3720}\ncd '${repo}'\n__tt_prompt\nprintf '%s|%s' "$__tt_ps" "$PS1"`;
      return run('bash', ['--norc', '--noprofile', '-c', script], repo, s.genv).stdout;
    };
    expect(ps('')).toBe('[globex: no timer, tt start globex] |${__tt_ps}$ ');
    expect(ps(`${t0} globex/api\n`)).toBe('[globex/api 1:02] |${__tt_ps}$ ');
    expect(ps(`${t0} acme\n`)).toBe('[acme 1:02; in globex: tt start globex] |${__tt_ps}$ ');
  });

  it('zsh and fish write the same records', () => {
    for (const shell of ['zsh', 'fish']) {
      const s = setup();
      const repo = makeRepo(`it's ${shell}`, tempDir());
      const file = snippet(s, shell, true);
      const script = `source ${sq(file)}\ncd ${sq(repo)}\n__tt_prompt\ncd /\n__tt_prompt`;
      const args = shell === 'zsh' ? ['-f', '-c', script] : ['--no-config', '-c', script];
      const r = run(shell, args, repo, s.genv);
      expect(r.stderr).toBe('');
      expect(activity(s).map((a) => [a.kind, a.repo])).toEqual([
        ['enter', repo],
        ['leave', repo],
      ]);
    }
  });

  it('writes nothing with TT_DISABLE=1, and rejects an unknown shell', () => {
    const s = setup();
    const repo = makeRepo('x', tempDir());
    run('bash', ['--norc', '-c', `source '${snippet(s, 'bash')}'; cd '${repo}'; __tt_prompt`], repo, { ...s.genv, TT_DISABLE: '1' });
    expect(journalLines(s)).toEqual([]);
    expect(ttIn(s, repo, ['shell-init', 'tcsh'], 2).stderr).toContain('Use bash, zsh or fish');
  });
});
