// Hostile names round trip exactly (table-driven): repo folders, branches and messages with quotes,
// $(...), backticks, newlines, tabs, backslashes and non-ASCII. Nothing is ever executed.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { makeRepo } from '../helpers/git.ts';
import { activity, g, run, setup, ttIn } from './helpers.ts';

const CASES: { name: string; folder: string; branch: string; message: string }[] = [
  { name: 'quotes', folder: `it's "quoted"`, branch: `it's-"q"`, message: `say "hi" it's` },
  { name: 'command substitution', folder: '$(touch PWNED)', branch: '$(touch${IFS}PWNED)', message: '$(touch PWNED) ${HOME}' },
  { name: 'backticks', folder: '`touch PWNED`', branch: '`touch`PWNED', message: '`touch PWNED`' },
  { name: 'newline and tab', folder: 'two\nlines\tand tab', branch: 'plain-branch', message: 'tab\there' },
  { name: 'backslashes', folder: 'back\\slash\\n', branch: 'back-slash', message: 'C:\\new\\table \\\\' },
  { name: 'non-ASCII', folder: 'Grüße 東京 🚀', branch: 'ünïcode/東京', message: 'Grüße aus 東京 🚀' },
  { name: 'glob and semicolons', folder: '*; rm -rf [a]?', branch: 'a;b|c&d', message: '*; exit 1 |' },
];

describe('hostile names', () => {
  for (const c of CASES) {
    it(`round-trip: ${c.name}`, () => {
      const s = setup();
      const parent = tempDir('tt-hostile-');
      const repo = makeRepo(c.folder, parent);
      ttIn(s, repo, ['hooks', 'install']);
      g(s, repo, ['commit', '-q', '--allow-empty', '-m', 'base']);
      g(s, repo, ['checkout', '-q', '-b', c.branch]);
      g(s, repo, ['commit', '-q', '--allow-empty', '-m', c.message]);
      const sha = g(s, repo, ['rev-parse', 'HEAD']).trim();
      const got = activity(s);
      const commits = got.filter((r) => r.kind === 'commit');
      expect(commits).toHaveLength(2);
      expect(commits.find((r) => r.sha === sha)).toMatchObject({ repo, branch: c.branch, sha, subject: c.message });
      expect(got.find((r) => r.kind === 'checkout')).toMatchObject({ repo, branch: c.branch });
      expect(existsSync(join(repo, 'PWNED')) || existsSync(join(parent, 'PWNED'))).toBe(false);
    });
  }

  it('works with a data folder whose path is hostile too', () => {
    const base = tempDir('tt-hostile-home-');
    const home = join(base, `da'ta "$(x)" ü`);
    mkdirSync(home);
    const s = setup({ TT_HOME: home });
    s.e.home = home;
    const repo = makeRepo('r', tempDir());
    ttIn(s, repo, ['hooks', 'install']);
    // git runs without TT_HOME: the hook must use the folder baked in at install.
    const { TT_HOME: _unset, ...env } = s.genv;
    expect(run('git', ['commit', '-q', '--allow-empty', '-m', 'x'], repo, env)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(activity(s, 'commit')).toHaveLength(1);
  });
});
