// Issue 17 item 10: a commit seconds after the timer stopped made a draft "20:38–20:38 0:00", and
// durations were cut to the minute (29:40 showed as 0:29, beside a total of 0:30). Durations are now
// summed unrounded and rounded to the nearest minute for display by one function (displayMinutes),
// rows under a minute are not listed, and review's total is reconcile's.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAt, makeRepo } from '../helpers/git.ts';
import { week } from './run.ts';

describe('durations shown', () => {
  it('lists no zero-minute draft or gap, rounds to the minute, and review agrees with reconcile', async () => {
    const w = await week('2026-12-05T10:30:00Z');
    const repo = makeRepo('acme-web', join(w.ctx.home, 'work'));
    await w.ok(['client', 'set', 'acme', '--repo', '~/work/acme-*']);
    // Thursday: a session 09:59:40–10:29:40 of which 20 s are tracked: 29:40 untracked.
    commitAt(repo, 'paging', '2026-12-03T10:29:40+01:00');
    await w.ok(['add', 'acme', '--from', '2026-12-03T09:58:00+01:00', '--to', '2026-12-03T10:00:00+01:00']);
    // Friday: the timer stopped at 20:38, the commit came 20 s later: a gap of 20 s.
    commitAt(repo, 'fix', '2026-12-04T20:38:20+01:00');
    await w.ok(['add', 'acme', '--from', '2026-12-04T20:00:00+01:00', '--to', '2026-12-04T20:38:00+01:00']);

    const review = (await w.ok(['review', '--since', '2026-11-30', '--until', '2026-12-05'])).out;
    expect(review).toContain(': 1 draft, 0:30 untracked');
    expect(review).toMatch(/d1 +10:00–10:29 +0:30 +acme/);
    expect(review).not.toContain('20:38–20:38');
    expect(review).not.toMatch(/ 0:00 /);

    const reconcile = (await w.ok(['reconcile', '--since', '2026-11-30', '--until', '2026-12-05'])).out;
    expect(reconcile).toContain('0:30 untracked');
    expect(reconcile).toMatch(/2026-12-03 10:00–10:29 +0:30 +acme/);
    expect(reconcile).not.toContain('20:38–20:38');

    const json = JSON.parse((await w.ok(['review', '--since', '2026-11-30', '--until', '2026-12-05', '--json'])).out);
    expect(json.drafts).toHaveLength(1);
    expect(json.untrackedHours).toBe(0.5);
  });
});
