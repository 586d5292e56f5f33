// Issue 17 item 8: a repo cloned after `tt client add --repo ~/work/acme-*` was unknown to the prompt,
// the nudges and `tt status` until `tt activity` ran (state/repos was written only there). Now
// status decides a repo it has not seen, the fold decides the repos of the records it merges, and
// `tt client add|set --repo` refreshes the map, all without git.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeRepo } from '../helpers/git.ts';
import { ok, ttEnv } from '../helpers/cli.ts';
import { week, type Week } from './run.ts';

const repoMap = (w: Week): string => readFileSync(join(w.ctx.env.TT_HOME!, 'state', 'repos'), 'utf8');

/** A terminal entering `repo` and staying in it, as the shell hook records it (epoch seconds). */
function shellIn(w: Week, repo: string, isoTimes: string[]): void {
  const lines = isoTimes.map((iso, i) => `s1\t42\t${Date.parse(iso) / 1000}\t${i ? 'heartbeat' : 'enter'}\t${repo}\n`);
  mkdirSync(w.ctx.env.TT_HOME!, { recursive: true });
  appendFileSync(join(w.ctx.env.TT_HOME!, 'journal.ndjson'), lines.join(''));
}

describe('a new repo matching a client glob', () => {
  it('is recognised by tt status without tt activity', async () => {
    const w = await week('2026-12-05T10:30:00Z');
    await w.ok(['client', 'set', 'acme', '--repo', '~/work/acme-*']);
    const repo = makeRepo('acme-api', join(w.ctx.home, 'work'));
    shellIn(w, repo, ['2026-12-05T10:00:00Z', '2026-12-05T10:10:00Z', '2026-12-05T10:25:00Z']);
    const out = (await w.ok(['status'])).out;
    expect(out).toContain('in acme-api since 11:00 (acme)');
    expect(repoMap(w)).toContain(`acme\t${repo}\n`);
  });

  it('is in the prompt map as soon as a client claims it with --repo (glob or path)', async () => {
    const w = await week();
    const glob = makeRepo('globex-site', join(w.ctx.home, 'work'));
    const exact = makeRepo('shared-tool', join(w.ctx.home, 'misc'));
    await w.ok(['client', 'set', 'globex', '--repo', '~/work/globex-*']);
    expect(repoMap(w)).toBe(`globex\t${glob}\n`);
    await w.ok(['client', 'add', 'initech', '--rate', '50', '--currency', 'EUR', '--repo', exact]);
    expect(repoMap(w)).toBe(`initech\t${exact}\nglobex\t${glob}\n`); // sorted by folder
    await w.ok(['client', 'remove', 'initech']);
    expect(repoMap(w)).toBe(`globex\t${glob}\n`);
  });

  it('is decided by a remote rule from the repo config, and by the fold', async () => {
    const w = await week();
    await w.ok(['client', 'set', 'globex', '--remote', 'github.com/globex/']);
    const repo = makeRepo('site', join(w.ctx.home, 'src'));
    git(repo, ['remote', 'add', 'origin', 'git@github.com:globex/site.git'.replace(':', '/')]);
    shellIn(w, repo, ['2026-12-05T10:00:00Z']);
    await w.ok(['fold']);
    expect(repoMap(w)).toBe(`globex\t${repo}\n`);
  });

  it('is decided by the built binary too (dist/decide.cjs, loaded from dist/timers.cjs)', () => {
    const e = ttEnv({ now: '2026-12-05T10:30:00Z', tz: 'Europe/Berlin' });
    const home = join(e.home, '..');
    ok(e, ['client', 'add', 'acme', '--rate', '60', '--currency', 'USD', '--repo', join(home, 'work', 'acme-*')]);
    const repo = makeRepo('acme-api', join(home, 'work'));
    const sec = (iso: string): number => Date.parse(iso) / 1000;
    appendFileSync(join(e.home, 'journal.ndjson'), `s1\t42\t${sec('2026-12-05T10:00:00Z')}\tenter\t${repo}\ns1\t42\t${sec('2026-12-05T10:20:00Z')}\theartbeat\t${repo}\n`);
    expect(ok(e, ['status']).stdout).toContain('in acme-api since 11:00 (acme)');
    expect(readFileSync(join(e.home, 'state', 'repos'), 'utf8')).toBe(`acme\t${repo}\n`);
  });
});
