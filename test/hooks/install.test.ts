// Installing never clobbers and uninstalling puts back every file and setting byte for byte: a
// user's own hook, husky's core.hooksPath, a tracked hooks folder (refused), a worktree, --scan over
// repos with hooks of their own, and --global with and without a template folder.
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { makeRepo } from '../helpers/git.ts';
import { activity, g, run, setup, ttIn, type Setup } from './helpers.ts';

/** Every file under `dir`: path -> mode and bytes. */
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

function commit(s: Setup, repo: string, msg = 'work'): number {
  return run('git', ['commit', '-q', '--allow-empty', '-m', msg], repo, s.genv).code;
}

describe('tt hooks install / uninstall', () => {
  it('chains a user hook (same args, stdin and exit status) and restores it byte for byte', () => {
    const s = setup();
    const repo = makeRepo();
    const log = join(tempDir(), 'log');
    hook(join(repo, '.git/hooks/post-commit'), `#!/bin/sh\necho "post-commit $0 $#" >> '${log}'\nexit 7\n`);
    hook(join(repo, '.git/hooks/post-rewrite'), `#!/bin/bash\nwhile read -r a b; do echo "rewrite $1 $a $b" >> '${log}'; done\n`);
    const before = snapshot(join(repo, '.git/hooks'));
    ttIn(s, repo, ['hooks', 'install']);
    expect(commit(s, repo)).toBe(0);
    g(s, repo, ['commit', '-q', '--amend', '--allow-empty', '-m', 'amended']);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(`post-commit .git/hooks/post-commit 0`);
    expect(lines.some((l) => /^rewrite amend [0-9a-f]{40} [0-9a-f]{40}$/.test(l))).toBe(true);
    // The exit status of the chained hook is the hook's exit status.
    expect(run('.git/hooks/post-commit', [], repo, s.genv).code).toBe(7);
    expect(activity(s, 'commit')).toHaveLength(1);
    ttIn(s, repo, ['hooks', 'uninstall']);
    expect(snapshot(join(repo, '.git/hooks'))).toEqual(before);
  });

  it('installs into husky\'s ignored core.hooksPath, husky still runs, and it is restored', () => {
    const s = setup();
    const repo = makeRepo();
    const marker = join(tempDir(), 'husky-ran');
    // husky 9: .husky/_ is git-ignored; each hook sources ./h, which runs .husky/<hook name>.
    hook(join(repo, '.husky/_/h'), '#!/usr/bin/env sh\nn=$(basename "$0")\ns=$(dirname "$(dirname "$0")")/$n\n[ ! -f "$s" ] && exit 0\nsh -e "$s" "$@"\n');
    writeFileSync(join(repo, '.husky/_/.gitignore'), '*\n');
    for (const name of ['post-commit', 'pre-commit']) hook(join(repo, `.husky/_/${name}`), '#!/usr/bin/env sh\n. "${0%/*}/h"\n');
    hook(join(repo, '.husky/post-commit'), `echo husky-post-commit >> '${marker}'\n`);
    g(s, repo, ['config', 'core.hooksPath', '.husky/_']);
    g(s, repo, ['add', '.husky/post-commit']);
    const before = snapshot(join(repo, '.husky'));
    const out = JSON.parse(ttIn(s, repo, ['hooks', 'install', '--json']).stdout);
    expect(out.repos[0].hooksDir).toBe(join(repo, '.husky/_'));
    expect(commit(s, repo)).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('husky-post-commit\n');
    expect(activity(s, 'commit')).toHaveLength(1);
    const status = JSON.parse(ttIn(s, repo, ['hooks', 'status', '--json']).stdout);
    expect(status.repos[0].hooks[0]).toMatchObject({ hook: 'post-commit', state: 'installed', chainsTo: 'post-commit.tt-orig: husky' });
    expect(status.repos[0].wouldRecord).toBe(true);
    ttIn(s, repo, ['hooks', 'uninstall']);
    expect(snapshot(join(repo, '.husky'))).toEqual(before);
  });

  it('refuses a core.hooksPath folder that git tracks, and says why', () => {
    const s = setup();
    const repo = makeRepo();
    hook(join(repo, '.githooks/post-commit'), '#!/bin/sh\nexit 0\n');
    g(s, repo, ['add', '.githooks']);
    g(s, repo, ['config', 'core.hooksPath', '.githooks']);
    const r = ttIn(s, repo, ['hooks', 'install'], 2);
    expect(r.stderr).toContain('a folder git tracks (.githooks/post-commit)');
    expect(readFileSync(join(repo, '.githooks/post-commit'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');
    // The line it suggests works: a team hook that calls tt's standalone hook records the commit.
    const line = /add a line like this to your own copy of each hook: (.*)\n/.exec(r.stderr)![1]!;
    writeFileSync(join(repo, '.githooks/post-commit'), `#!/bin/sh\n${line}\nexit 0\n`);
    expect(commit(s, repo)).toBe(0);
    expect(activity(s, 'commit')).toHaveLength(1);
  });

  it('installing twice changes nothing more; uninstalling twice is harmless', () => {
    const s = setup();
    const repo = makeRepo();
    hook(join(repo, '.git/hooks/post-commit'), '#!/bin/sh\nexit 0\n');
    const before = snapshot(join(repo, '.git/hooks'));
    ttIn(s, repo, ['hooks', 'install']);
    const once = snapshot(join(repo, '.git/hooks'));
    const again = JSON.parse(ttIn(s, repo, ['hooks', 'install', '--json']).stdout);
    expect(again.repos[0].hooks.map((h: { action: string }) => h.action)).toEqual(['updated', 'updated', 'updated', 'updated']);
    expect(snapshot(join(repo, '.git/hooks'))).toEqual(once);
    ttIn(s, repo, ['hooks', 'uninstall']);
    ttIn(s, repo, ['hooks', 'uninstall']);
    expect(snapshot(join(repo, '.git/hooks'))).toEqual(before);
  });

  it('finds the shared hooks folder from a worktree, and commits there are recorded', () => {
    const s = setup();
    const repo = makeRepo();
    commit(s, repo, 'base');
    const wt = join(tempDir(), 'wt');
    g(s, repo, ['worktree', 'add', '-q', '-b', 'side', wt]);
    const before = snapshot(join(repo, '.git/hooks'));
    const out = JSON.parse(ttIn(s, wt, ['hooks', 'install', '--json']).stdout);
    expect(out.repos[0].hooksDir).toBe(join(repo, '.git/hooks'));
    expect(commit(s, wt, 'in the worktree')).toBe(0);
    const rec = activity(s, 'commit').find((r) => r.subject === 'in the worktree');
    expect(rec).toMatchObject({ repo: wt, branch: 'side', sha: g(s, wt, ['rev-parse', 'HEAD']).trim() });
    ttIn(s, wt, ['hooks', 'uninstall']);
    expect(snapshot(join(repo, '.git/hooks'))).toEqual(before);
  });

  it('finds a submodule\'s own hooks folder under .git/modules, and records its commits', () => {
    const s = setup();
    const lib = makeRepo('lib');
    commit(s, lib, 'lib base');
    const app = makeRepo('app');
    commit(s, app, 'app base');
    g(s, app, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib, 'vendor/lib']);
    const sub = join(app, 'vendor/lib');
    const out = JSON.parse(ttIn(s, sub, ['hooks', 'install', '--json']).stdout);
    expect(out.repos[0].hooksDir).toBe(join(app, '.git/modules/vendor/lib/hooks'));
    expect(commit(s, sub, 'in the submodule')).toBe(0);
    expect(activity(s, 'commit').find((r) => r.subject === 'in the submodule')).toMatchObject({ repo: sub, sha: g(s, sub, ['rev-parse', 'HEAD']).trim() });
  });

  it('--scan installs in every repo under a folder; a failing pre-commit still blocks; uninstall restores all', () => {
    const s = setup();
    const root = tempDir('tt-scan-');
    const a = makeRepo('a', root);
    const b = makeRepo('b', join(root, 'clients'));
    const c = makeRepo('c', join(root, 'node_modules')); // skipped: dependencies are not work
    hook(join(a, '.git/hooks/pre-commit'), '#!/bin/sh\necho "pre-commit says no" >&2\nexit 1\n');
    hook(join(b, '.git/hooks/post-merge'), '#!/bin/sh\nexit 0\n');
    const before = [a, b, c].map((r) => snapshot(join(r, '.git/hooks')));
    const out = JSON.parse(ttIn(s, root, ['hooks', 'install', '--scan', root, '--json']).stdout);
    expect(out.repos.map((r: { top: string }) => r.top)).toEqual([a, b]);
    const blocked = run('git', ['commit', '-q', '--allow-empty', '-m', 'x'], a, s.genv);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('pre-commit says no');
    expect(commit(s, b)).toBe(0);
    expect(activity(s, 'commit').map((r) => r.repo)).toEqual([b]);
    const status = JSON.parse(ttIn(s, root, ['hooks', 'status', '--json']).stdout);
    expect(status.repos.map((r: { top: string }) => r.top).sort()).toEqual([a, b]);
    ttIn(s, root, ['hooks', 'uninstall', '--scan', root]);
    expect([a, b, c].map((r) => snapshot(join(r, '.git/hooks')))).toEqual(before);
  });

  it('--global adds to an existing template folder; new repos run both hooks; uninstall restores it', () => {
    const s = setup();
    const home = s.genv.HOME!;
    const tmpl = join(home, 'my-templates');
    const marker = join(home, 'template-hook-ran');
    hook(join(tmpl, 'hooks/post-commit'), `#!/bin/sh\necho ran >> '${marker}'\n`);
    hook(join(tmpl, 'hooks/pre-push'), '#!/bin/sh\nexit 0\n');
    writeFileSync(join(home, '.gitconfig'), `[init]\n\ttemplateDir = ${tmpl}\n# my comment\n`);
    const config = readFileSync(join(home, '.gitconfig'), 'utf8');
    const before = snapshot(tmpl);
    ttIn(s, home, ['hooks', 'install', '--global']);
    const repo = join(home, 'fresh');
    g(s, home, ['init', '-q', '-b', 'main', repo]);
    expect(commit(s, repo)).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('ran\n');
    expect(activity(s, 'commit')).toHaveLength(1);
    expect(run('git', ['config', '--global', '--get', 'core.hooksPath'], home, s.genv).code).toBe(1); // never a global hooksPath
    ttIn(s, home, ['hooks', 'uninstall', '--global']);
    expect(snapshot(tmpl)).toEqual(before);
    expect(readFileSync(join(home, '.gitconfig'), 'utf8')).toBe(config);
  });

  it('--global without a template folder sets init.templateDir and uninstall restores .gitconfig byte for byte', () => {
    const s = setup();
    const home = s.genv.HOME!;
    const config = '[user]\n\tname = Someone\n# keep this comment\n';
    writeFileSync(join(home, '.gitconfig'), config);
    ttIn(s, home, ['hooks', 'install', '--global']);
    const dir = g(s, home, ['config', '--global', '--get', 'init.templateDir']).trim();
    expect(existsSync(join(dir, 'hooks/post-commit'))).toBe(true);
    const repo = join(home, 'fresh');
    g(s, home, ['init', '-q', '-b', 'main', repo]);
    expect(commit(s, repo)).toBe(0);
    expect(activity(s, 'commit')).toHaveLength(1);
    ttIn(s, home, ['hooks', 'uninstall', '--global']);
    expect(readFileSync(join(home, '.gitconfig'), 'utf8')).toBe(config);
    expect(existsSync(dir)).toBe(false);
  });
});
