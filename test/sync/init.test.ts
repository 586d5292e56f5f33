// `tt sync init URL` checks the URL before it creates anything, refuses one that git would read as an
// option or a command (`--upload-pack=...`, `ext::...`), and removes what it created when git fails
// midway: the data folder is never left half made into a repository (issue 12, item 17).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, tt, ttEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

function stocked(): ReturnType<typeof ttEnv> {
  const e = ttEnv({ now: '2026-11-27T12:00:00Z' });
  ok(e, ['client', 'add', 'acme', '--rate', '90']);
  ok(e, ['add', 'acme', '--from', '2026-11-26T09:00:00Z', '--to', '2026-11-26T10:00:00Z']);
  return e;
}

describe('tt sync init', () => {
  it.each([
    ['an option', (pwned: string) => `--upload-pack=touch ${pwned}`],
    ['an option after --', (pwned: string) => `-u touch ${pwned}`],
    ['a command transport', (pwned: string) => `ext::sh -c touch% ${pwned}`],
    ['a line break', (pwned: string) => `/tmp/remote.git\n${pwned}`],
    ['nothing but spaces', () => '   '],
  ])('refuses %s as the URL (exit 2) and creates nothing', (_what, url) => {
    const e = stocked();
    const pwned = join(tempDir(), 'pwned');
    const before = readdirSync(e.home).sort();
    const r = tt(e, ['sync', 'init', '--', url(pwned)]);
    expect(r.stderr).toMatch(/^tt: /);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(2);
    expect(readdirSync(e.home).sort()).toEqual(before);
    expect(existsSync(pwned)).toBe(false);
    expect(tt(e, ['sync']).stderr).toContain('does not sync yet');
  });

  it.each([
    ['empty', ''],
    ['a control character', 'lap\u001btop'],
  ])('refuses a device name that is %s (exit 2) before it creates anything', (_what, name) => {
    const e = stocked();
    const remote = join(tempDir('tt-remote-'), 'data.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
    const before = readdirSync(e.home).sort();
    const r = tt(e, ['sync', 'init', remote, '--device', name]);
    expect(r.stderr).toMatch(/^tt: --device: /);
    expect(r.code).toBe(2);
    expect(readdirSync(e.home).sort()).toEqual(before);
    expect(execFileSync('git', ['-C', remote, 'rev-list', '--all'], { encoding: 'utf8' })).toBe('');
  });

  it('when git fails midway, removes the repository it started (exit 4), and a later init works', () => {
    const e = stocked();
    const remote = join(tempDir('tt-remote-'), 'data.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
    mkdirSync(join(e.home, '.gitignore')); // a folder where init writes its .gitignore
    const before = readdirSync(e.home).sort();
    const r = tt(e, ['sync', 'init', remote]);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(4);
    expect(readdirSync(e.home).sort()).toEqual(before);
    expect(existsSync(join(e.home, '.git'))).toBe(false);

    execFileSync('rmdir', [join(e.home, '.gitignore')]);
    ok(e, ['sync', 'init', remote]);
    expect(existsSync(join(e.home, '.git'))).toBe(true);
  });

  it('accepts the usual remote forms', () => {
    const e = stocked();
    // Checked before anything is created; these then fail only at the network (exit 4), or work.
    for (const url of ['git@example.invalid:me/tt-data.git', 'ssh://git@example.invalid/me/tt-data.git', 'https://example.invalid/me/tt-data.git']) {
      const r = tt(e, ['sync', 'init', url], { GIT_SSH_COMMAND: 'false' });
      expect(r.code, `${url}\n${r.stderr}`).not.toBe(2);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
  });
});
