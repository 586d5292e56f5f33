// A commit succeeds, prints nothing, whatever state tt is in: hooks never fail or talk.
import { rmSync, symlinkSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { activity, journalLines, repoWithHooks, run, setup, ttIn } from './helpers.ts';

function commit(repo: string, env: Record<string, string>): { code: number; out: string } {
  const r = run('git', ['commit', '--allow-empty', '-q', '-m', 'work'], repo, env);
  return { code: r.code, out: r.stdout + r.stderr };
}

describe('a commit with tt hooks', () => {
  it('is recorded once, silently', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    expect(commit(repo, s.genv)).toEqual({ code: 0, out: '' });
    expect(activity(s, 'commit')).toHaveLength(1);
  });

  it('succeeds silently when the data folder is a regular file', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    rmSync(s.e.home, { recursive: true, force: true });
    writeFileSync(s.e.home, 'not a folder');
    expect(commit(repo, s.genv)).toEqual({ code: 0, out: '' });
    expect(readFileSync(s.e.home, 'utf8')).toBe('not a folder');
  });

  it('succeeds silently, and still records, with no node on PATH (a GUI client)', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    const bin = tempDir('tt-bin-');
    symlinkSync('/usr/bin/git', join(bin, 'git'));
    expect(commit(repo, { ...s.genv, PATH: bin })).toEqual({ code: 0, out: '' });
    expect(journalLines(s)).toHaveLength(1);
  });

  it('succeeds silently when tt itself is gone (the hooks never call it)', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    rmSync(s.e.home, { recursive: true, force: true }); // and its data folder with it
    const bin = tempDir('tt-bin-');
    symlinkSync('/usr/bin/git', join(bin, 'git'));
    expect(commit(repo, { ...s.genv, PATH: bin })).toEqual({ code: 0, out: '' });
  });

  it('ignores a relative TT_HOME (it would write into the working tree) and uses the baked folder', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    expect(commit(repo, { ...s.genv, TT_HOME: 'data' })).toEqual({ code: 0, out: '' });
    expect(existsSync(join(repo, 'data'))).toBe(false);
    expect(journalLines(s)).toHaveLength(1);
  });

  it('records nothing with TT_DISABLE=1', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    expect(commit(repo, { ...s.genv, TT_DISABLE: '1' })).toEqual({ code: 0, out: '' });
    expect(journalLines(s)).toHaveLength(0);
  });

  it('skips repos matched by hooks.exclude: not installed by --scan, and not shown when read', () => {
    const s = setup();
    const parent = tempDir('tt-scratch-');
    const kept = repoWithHooks(s, 'kept', parent);
    run('git', ['commit', '--allow-empty', '-q', '-m', 'x'], kept, s.genv);
    expect(activity(s, 'commit')).toHaveLength(1);
    ttIn(s, parent, ['config', 'set', 'hooks.exclude', `${parent}/k*`]);
    expect(activity(s, 'commit')).toHaveLength(0);
    const out = JSON.parse(ttIn(s, parent, ['hooks', 'install', '--scan', parent, '--json']).stdout);
    expect(out.repos).toEqual([expect.objectContaining({ top: kept, result: 'skipped', reason: `excluded by hooks.exclude rule "${parent}/k*"` })]);
  });
});
