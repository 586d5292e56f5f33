// A hook tt saved is never lost: installing again after another tool replaced tt's hook keeps every
// saved original (numbered), chains the one found and says so; uninstall puts back what was there
// last and says what it kept (issue 12, item 3). Install changes nothing when it cannot finish: a
// read-only data folder or a hooks folder failing midway leaves the repo's hooks as they were
// (item 17). A bare repository is named as such (item 19).
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { Fs } from '../../src/platform/fs.ts';
import { testCtx } from '../helpers/ctx.ts';
import { fullDiskFs, readOnlyFs } from '../helpers/fenced-fs.ts';
import { gitEnv, makeRepo } from '../helpers/git.ts';
import { tempDir } from '../helpers/tmp.ts';
import { g, run, setup, ttIn, type Setup } from './helpers.ts';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else out[relative(dir, p)] = `${(st.mode & 0o777).toString(8)} ${readFileSync(p, 'base64')}`;
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function hook(path: string, body: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, body);
  chmodSync(path, 0o755);
}

const script = (log: string, word: string): string => `#!/bin/sh\necho ${word} >> '${log}'\n`;

function commit(s: Setup, repo: string): number {
  return run('git', ['commit', '-q', '--allow-empty', '-m', 'work'], repo, s.genv).code;
}

describe('saved originals', () => {
  it('reinstalling after a hook manager replaced tt\'s hook keeps both originals, chains the newer, and says so', () => {
    const s = setup();
    const repo = makeRepo();
    const hooks = join(repo, '.git/hooks');
    const log = join(tempDir(), 'log');
    const mine = script(log, 'mine');
    const manager = script(log, 'manager');
    hook(join(hooks, 'post-commit'), mine);
    ttIn(s, repo, ['hooks', 'install']);
    hook(join(hooks, 'post-commit'), manager); // e.g. `lefthook install` writes its own hook over tt's

    const again = ttIn(s, repo, ['hooks', 'install']);
    expect(again.stdout).toContain('post-commit: found a hook in place of tt\'s; it runs first now (post-commit.tt-orig)');
    expect(again.stdout).toContain('the hook saved before is kept, not run: post-commit.tt-orig.1');
    expect(readFileSync(join(hooks, 'post-commit.tt-orig'), 'utf8')).toBe(manager);
    expect(readFileSync(join(hooks, 'post-commit.tt-orig.1'), 'utf8')).toBe(mine);
    expect(commit(s, repo)).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('manager\n');

    // A third tool, a third install: the numbers only grow, nothing is overwritten.
    const third = script(log, 'third');
    hook(join(hooks, 'post-commit'), third);
    const json = JSON.parse(ttIn(s, repo, ['hooks', 'install', '--json']).stdout);
    expect(json.repos[0].hooks[0]).toMatchObject({ hook: 'post-commit', action: 'chained', kept: ['post-commit.tt-orig.1', 'post-commit.tt-orig.2'] });
    expect([1, 2].map((n) => readFileSync(join(hooks, `post-commit.tt-orig.${n}`), 'utf8'))).toEqual([mine, manager]);
    expect(readFileSync(join(hooks, 'post-commit.tt-orig'), 'utf8')).toBe(third);

    const un = ttIn(s, repo, ['hooks', 'uninstall']);
    expect(readFileSync(join(hooks, 'post-commit'), 'utf8')).toBe(third);
    expect(un.stdout).toContain('post-commit: your hook is back');
    expect(un.stdout).toContain('kept, not run: post-commit.tt-orig.1, post-commit.tt-orig.2');
    expect([1, 2].map((n) => readFileSync(join(hooks, `post-commit.tt-orig.${n}`), 'utf8'))).toEqual([mine, manager]);
  });
});

describe('install changes nothing it cannot finish', () => {
  function inProcess(repo: string, home: string, fs: Fs): ReturnType<typeof testCtx> {
    const ctx = testCtx({ fs, env: { ...gitEnv(), HOME: tempDir(), TT_HOME: home } });
    ctx.cwd = repo;
    return ctx;
  }

  it('a read-only data folder: exit 4, and the repo\'s hooks are exactly as before', async () => {
    const repo = makeRepo();
    hook(join(repo, '.git/hooks/post-commit'), '#!/bin/sh\nexit 0\n');
    const before = snapshot(join(repo, '.git/hooks'));
    const home = join(tempDir(), 'data');
    mkdirSync(home);
    const ctx = inProcess(repo, home, readOnlyFs(home));
    const code = await main(['hooks', 'install'], ctx);
    expect(ctx.stderr.join('')).toContain('EROFS');
    expect(code).toBe(4);
    expect(snapshot(join(repo, '.git/hooks'))).toEqual(before);
    expect(readdirSync(home)).toEqual([]);
  });

  it('--global with a read-only data folder: exit 4, the global git config untouched', async () => {
    const home = join(tempDir(), 'data');
    mkdirSync(home);
    const user = tempDir();
    const config = '[user]\n\tname = Someone\n';
    writeFileSync(join(user, '.gitconfig'), config);
    const ctx = testCtx({ fs: readOnlyFs(home), env: { ...gitEnv(), HOME: user, TT_HOME: home } });
    ctx.cwd = user;
    ctx.home = user;
    const code = await main(['hooks', 'install', '--global'], ctx);
    expect(ctx.stderr.join('')).toContain('EROFS');
    expect(code).toBe(4);
    expect(readFileSync(join(user, '.gitconfig'), 'utf8')).toBe(config);
    expect(readdirSync(home)).toEqual([]);
  });

  it('a hooks folder on a disk that fills up at each change in turn: exit 4 each time, and every change made is undone', async () => {
    const repo = makeRepo();
    const hooks = join(repo, '.git/hooks');
    hook(join(hooks, 'post-commit'), '#!/bin/sh\nexit 0\n');
    hook(join(hooks, 'post-merge'), '#!/bin/sh\nexit 3\n');
    const before = snapshot(hooks);
    const home = join(tempDir(), 'data');
    let failures = 0;
    for (let after = 0; after < 100; after++) {
      const ctx = inProcess(repo, home, fullDiskFs(hooks, after));
      const code = await main(['hooks', 'install'], ctx);
      if (code === 0) break;
      failures++;
      expect(code, ctx.stderr.join('')).toBe(4);
      expect(snapshot(hooks), `after ${after} changes`).toEqual(before);
      expect(existsSync(join(home, 'hooks.json')) ? JSON.parse(readFileSync(join(home, 'hooks.json'), 'utf8')).repos : []).toEqual([]);
    }
    expect(failures).toBeGreaterThan(4);
    expect(readFileSync(join(hooks, 'post-commit.tt-orig'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });
});

describe('a bare repository', () => {
  it('is named as bare by hooks install, hooks uninstall and reconcile --repo', () => {
    const s = setup();
    const bare = join(tempDir(), 'origin.git');
    g(s, tempDir(), ['init', '-q', '--bare', bare]);
    for (const args of [['hooks', 'install'], ['hooks', 'uninstall']]) {
      const r = ttIn(s, bare, args, 2);
      expect(r.stderr).toContain(`${bare} is a bare repository`);
      expect(r.stderr).not.toContain('not a git repository');
    }
    const r = ttIn(s, tempDir(), ['reconcile', '--repo', bare], 2);
    expect(r.stderr).toContain(`${bare} is a bare repository`);
  });
});
