// Issue 17 item 9: a bare `cd` into a repo nudged "0:30 of activity" (the commit lead-in applied to a
// terminal's presence), and activity that ended 25 minutes ago was told `tt start acme`, where an
// entry for it (`tt add`, `tt review`) is what helps.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { week, type Week } from './run.ts';

const REPO = '/w/acme-web';

function setUp(w: Week, lines: string[]): void {
  const home = w.ctx.env.TT_HOME!;
  mkdirSync(join(home, 'state'), { recursive: true });
  writeFileSync(join(home, 'state', 'repos'), `acme\t${REPO}\n`);
  appendFileSync(join(home, 'journal.ndjson'), lines.map((l) => `${l}\n`).join(''));
}
const sec = (iso: string): number => Date.parse(iso) / 1000;
const shell = (kind: string, iso: string): string => `s1\t42\t${sec(iso)}\t${kind}\t${REPO}`;
/** A post-commit hook line, as templates/hooks writes it. */
const commit = (iso: string, sha: string): string => `h1\t42\t\tpost-commit\t${REPO}\tref: refs/heads/main\t${sha}\t@${sec(iso)} +0000`;

describe('the status nudge', () => {
  it('says nothing for a bare cd into a repo', async () => {
    const w = await week('2026-12-05T10:30:00Z');
    setUp(w, [shell('enter', '2026-12-05T10:29:00Z')]);
    const out = (await w.ok(['status'])).out;
    expect(out).not.toContain('of activity');
    expect(out).toContain('in acme-web since 11:29 (acme)');
  });

  it('hints tt add with the times, or tt review, for activity that ended a while ago', async () => {
    const w = await week('2026-12-05T10:30:00Z'); // 11:30 in Berlin
    setUp(w, [shell('enter', '2026-12-05T09:20:00Z'), shell('heartbeat', '2026-12-05T09:40:00Z'), shell('heartbeat', '2026-12-05T10:05:00Z'), shell('leave', '2026-12-05T10:05:00Z')]);
    const r = await w.ok(['status', '--json']);
    expect(JSON.parse(r.out).capture.nudges[0].hint).toBe('tt add acme --from 10:20 --to 11:05 (or tt review)');
    const out = (await w.ok(['status'])).out;
    expect(out).toContain('acme-web: 0:45 of activity until 11:05, no timer: tt add acme --from 10:20 --to 11:05 (or tt review)');
    expect(out).not.toContain('tt start acme');
  });

  it('keeps the lead-in before a commit and tt start while the work goes on', async () => {
    const w = await week('2026-12-05T10:30:00Z');
    setUp(w, [commit('2026-12-05T10:25:00Z', 'a'.repeat(40))]);
    const out = (await w.ok(['status'])).out;
    expect(out).toContain('acme-web: 0:30 of activity, no timer: tt start acme');
  });
});
