// tt reconcile over real repos made with pinned author dates, with tracked entries added by `tt add`.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, tt, ttEnv, ttJson, type TtEnv } from '../helpers/cli.ts';
import { commitAt, git, gitEnv, makeRepo } from '../helpers/git.ts';
import { tempDir } from '../helpers/tmp.ts';

let e: TtEnv;
let work: string;
let side: string;

const event = (uid: string, summary: string, start: string, end: string, extra: string[] = []): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T000000Z', `DTSTART:${start}`, `DTEND:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//tt tests//EN',
  ...event('a1', 'Acme sync', '20261123T140000Z', '20261123T143000Z'),
  ...event('a2', 'Acme cancelled', '20261124T130000Z', '20261124T140000Z', ['STATUS:CANCELLED']),
  ...event('a3', 'Acme declined', '20261124T150000Z', '20261124T160000Z', ['ATTENDEE;PARTSTAT=DECLINED:mailto:me@work.example']),
  ...event('l1', 'Lunch talk', '20261125T113000Z', '20261125T120000Z'),
  ...event('g1', 'Globex weekly', '20261126T090000Z', '20261126T100000Z'),
  ...event('a4', 'Acme evening', '20261127T190000Z', '20261127T200000Z'),
  'END:VCALENDAR',
  '',
].join('\r\n');

beforeAll(() => {
  // Friday 2026-11-27 19:00 in Berlin (UTC+1); the week runs Monday 23 to Sunday 29.
  e = ttEnv({ now: '2026-11-27T18:00:00Z', tz: 'Europe/Berlin' });
  work = tempDir('tt-work-');
  const acme = makeRepo('acme-web', work);
  commitAt(acme, 'fix auth redirect', '2026-11-23T14:02:00+01:00');
  commitAt(acme, 'add tests', '2026-11-23T14:40:00+01:00');
  commitAt(acme, 'their change', '2026-11-23T15:10:00+01:00', { name: 'Other', email: 'other@example.com' });
  git(acme, ['checkout', '-q', '-b', 'topic']);
  commitAt(acme, 'topic work', '2026-11-23T15:30:00+01:00');
  git(acme, ['checkout', '-q', '-b', 'feature', 'main']);
  commitAt(acme, 'feature never merged', '2026-11-23T16:00:00+01:00');
  git(acme, ['checkout', '-q', 'main']);
  // A merge by parent count (its message does not say so) at 17:30 would stretch the session: left out.
  git(acme, ['merge', '-q', '--no-ff', '-m', 'integrate topic', 'topic'], gitEnv('2026-11-23T17:30:00+01:00'));
  commitAt(acme, 'late night', '2026-11-25T23:40:00+01:00');
  commitAt(acme, 'after midnight', '2026-11-26T00:20:00+01:00');

  const globex = makeRepo('globex', work);
  commitAt(globex, 'globex fix', '2026-11-24T10:00:00+01:00', { name: 'Me at work', email: 'me@work.example' });

  side = makeRepo('side', tempDir('tt-side-'));
  commitAt(side, 'side project', '2026-11-25T11:00:00+01:00');

  ok(e, ['config', 'set', 'tz', 'Europe/Berlin']);
  ok(e, ['config', 'set', 'me.emails', 'me@work.example']);
  ok(e, ['client', 'add', 'acme', '--rate', '90', '--repo', join(work, 'acme-*'), '--meeting', 'acme']);
  ok(e, ['client', 'add', 'globex', '--rate', '100', '--repo', join(work, 'globex'), '--meeting', 'globex']);
  const ics = join(tempDir(), 'work.ics');
  writeFileSync(ics, ICS);
  ok(e, ['calendar', 'import', ics, '--name', 'work']);
  ok(e, ['add', 'acme', '--from', '2026-11-23T14:00:00+01:00', '--to', '2026-11-23T15:00:00+01:00']);
  ok(e, ['add', 'acme', '--from', '2026-11-24T09:40:00+01:00', '--to', '2026-11-24T10:10:00+01:00']);
  // A timer left running through globex's weekly meeting.
  ok(e, ['add', 'acme', '--from', '2026-11-26T09:00:00+01:00', '--to', '2026-11-26T12:00:00+01:00']);
});

describe('tt reconcile', () => {
  it('prints the week as JSON exactly as the rules say', () => {
    const acme = join(work, 'acme-web');
    const commit = (sha: string | null, at: string, subject: string): Record<string, unknown> => ({ sha, at, subject });
    const got = ttJson<Record<string, unknown>>(e, ['reconcile', '--repo', side]);
    // Shas differ per run; the rest is checked exactly.
    const gaps = got.gaps as { sources: { commits?: { sha: string | null }[] }[] }[];
    for (const g of gaps) for (const s of g.sources) for (const c of s.commits ?? []) c.sha = c.sha && /^[0-9a-f]{40}$/.test(c.sha) ? null : 'bad sha';
    expect(got).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
      tz: 'Europe/Berlin',
      days: [
        // acme Monday: session 13:32-16:00 (148 min), tracked 14:00-15:00.
        { date: '2026-11-23', client: 'acme', trackedHours: 1, evidenceHours: 2.4667, untrackedHours: 1.4667 },
        { date: '2026-11-24', client: 'acme', trackedHours: 0.5, evidenceHours: 0.5, untrackedHours: 0 },
        // globex Tuesday: session 09:30-10:00, of which acme's tracked entry took 09:40-10:00.
        { date: '2026-11-24', client: 'globex', trackedHours: 0, evidenceHours: 0.1667, untrackedHours: 0.1667 },
        // The session 23:10-00:20 across midnight: 50 minutes Wednesday, 20 Thursday.
        { date: '2026-11-25', client: 'acme', trackedHours: 0, evidenceHours: 0.8333, untrackedHours: 0.8333 },
        // Thursday: 20 minutes after midnight, then acme's entry 09:00-12:00 owns globex's meeting too.
        { date: '2026-11-26', client: 'acme', trackedHours: 3, evidenceHours: 3.3333, untrackedHours: 0.3333 },
      ],
      gaps: [
        { client: 'acme', start: '2026-11-23T12:32:00Z', end: '2026-11-23T13:00:00Z', hours: 0.4667, sources: [{ kind: 'commit', repo: acme, start: '2026-11-23T13:02:00Z', end: '2026-11-23T13:02:00Z', count: 1, commits: [commit(null, '2026-11-23T13:02:00Z', 'fix auth redirect')] }] },
        {
          client: 'acme',
          start: '2026-11-23T14:00:00Z',
          end: '2026-11-23T15:00:00Z',
          hours: 1,
          sources: [
            { kind: 'meeting', title: 'Acme sync', calendar: 'work', start: '2026-11-23T14:00:00Z', end: '2026-11-23T14:30:00Z' },
            { kind: 'commit', repo: acme, start: '2026-11-23T14:30:00Z', end: '2026-11-23T15:00:00Z', count: 2, commits: [commit(null, '2026-11-23T14:30:00Z', 'topic work'), commit(null, '2026-11-23T15:00:00Z', 'feature never merged')] },
          ],
        },
        { client: 'globex', start: '2026-11-24T08:30:00Z', end: '2026-11-24T08:40:00Z', hours: 0.1667, sources: [{ kind: 'commit', repo: join(work, 'globex'), start: '2026-11-24T09:00:00Z', end: '2026-11-24T09:00:00Z', count: 1, commits: [commit(null, '2026-11-24T09:00:00Z', 'globex fix')] }] },
        {
          client: 'acme',
          start: '2026-11-25T22:10:00Z',
          end: '2026-11-25T23:20:00Z',
          hours: 1.1667,
          sources: [{ kind: 'commit', repo: acme, start: '2026-11-25T22:40:00Z', end: '2026-11-25T23:20:00Z', count: 2, commits: [commit(null, '2026-11-25T22:40:00Z', 'late night'), commit(null, '2026-11-25T23:20:00Z', 'after midnight')] }],
        },
      ],
      conflicts: [
        { start: '2026-11-24T08:40:00Z', end: '2026-11-24T09:00:00Z', hours: 0.3333, clients: ['acme', 'globex'], kinds: ['commit', 'tracked'] },
        { start: '2026-11-26T09:00:00Z', end: '2026-11-26T10:00:00Z', hours: 1, clients: ['acme', 'globex'], kinds: ['meeting', 'tracked'] },
      ],
      // Cancelled, declined and later-than-now meetings are not evidence; a meeting no rule names is unassigned.
      unassigned: [
        { kind: 'commit', start: '2026-11-25T09:30:00Z', end: '2026-11-25T10:00:00Z', hours: 0.5, repo: side },
        { kind: 'meeting', start: '2026-11-25T11:30:00Z', end: '2026-11-25T12:00:00Z', hours: 0.5, title: 'Lunch talk' },
      ],
      totals: { trackedHours: 4.5, evidenceHours: 7.3, untrackedHours: 2.8 },
    });
  });

  it('prints a table, the gaps with their sources, conflicts, and the rule to add for unassigned evidence', () => {
    const r = ok(e, ['reconcile', '--repo', side]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('2026-11-23  acme       1:00      2:28       1:28');
    expect(r.stdout).toContain("  2026-11-23 15:00–16:00  1:00  acme\n    meeting 'Acme sync' 15:00–15:30\n    2 commits in acme-web 15:30–16:00: topic work, feature never merged");
    expect(r.stdout).toContain('  2026-11-23 13:32–14:00  0:28  acme\n    1 commit in acme-web 14:02: fix auth redirect');
    expect(r.stdout).toContain('  2026-11-25 23:10–00:20 (+1d)  1:10  acme\n    2 commits in acme-web 23:40–00:20 (+1d): late night, after midnight');
    expect(r.stdout).toContain('  2026-11-24 09:40–10:00  0:20  acme, globex (commit, tracked)');
    expect(r.stdout).toContain(`  2026-11-25 10:30–11:00  0:30  1 commit in ${side}`);
    expect(r.stdout).toContain(`Add a rule to count it: tt client set CLIENT --repo '${side}'`);
    expect(r.stdout).toContain("                          tt client set CLIENT --meeting 'Lunch talk'");
    expect(r.stdout).toContain('  2026-11-26 10:00–11:00  1:00  acme, globex (meeting, tracked)');
    expect(r.stdout.endsWith('\nTotal: 4:30 tracked, 7:18 evidence, 2:48 untracked\n')).toBe(true);
  });

  it('limits to one client with --client, and refuses an unknown one with a hint', () => {
    const got = ttJson<{ days: { client: string }[]; conflicts: unknown[]; totals: unknown }>(e, ['reconcile', '--client', 'globex']);
    expect(got.days.map((d) => d.client)).toEqual(['globex']);
    expect(got.conflicts).toHaveLength(2);
    expect(got.totals).toEqual({ trackedHours: 0, evidenceHours: 0.1667, untrackedHours: 0.1667 });
    const bad = tt(e, ['reconcile', '--client', 'acmee']);
    expect([bad.code, bad.stderr]).toEqual([2, 'tt: unknown client "acmee"\n  Did you mean "acme"? (`tt client add acmee` creates a new one.)\n']);
  });

  it('takes day ranges: last week is empty, and a --repo that is not a repo is bad input', () => {
    const last = ttJson<{ from: string; to: string; days: unknown[] }>(e, ['reconcile', '--last-week']);
    expect([last.from, last.to, last.days]).toEqual(['2026-11-16', '2026-11-22', []]);
    const r = tt(e, ['reconcile', '--repo', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--repo .*: not a git repository/);
  });

  it('reports a missing git or an unwritable temp folder as an environment problem (exit 4)', () => {
    const noGit = tt(e, ['reconcile'], { PATH: tempDir() });
    expect([noGit.code, noGit.stderr]).toEqual([4, 'tt: git is not installed (or not on PATH)\n  Install git to read commit history.\n']);
    // Below a regular file, so that nothing can create it: Node 22's compile cache makes a missing
    // TMPDIR on its own.
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const noTmp = tt(e, ['reconcile'], { TMPDIR: join(file, 'tmp') });
    expect(noTmp.code).toBe(4);
    expect(noTmp.stderr).toMatch(/^tt: cannot write a temp file for git log in .*a-file\/tmp: ENOTDIR\n {2}Point TMPDIR at a writable folder/);
  });
});

describe('tt reconcile across DST changes', () => {
  it('counts 23 hours on 2026-03-29 and 25 on 2026-10-25 in Berlin', () => {
    const d = ttEnv({ now: '2026-11-27T18:00:00Z', tz: 'Europe/Berlin' });
    ok(d, ['config', 'set', 'tz', 'Europe/Berlin']);
    ok(d, ['client', 'add', 'acme', '--rate', '90']);
    ok(d, ['add', 'acme', '--from', '2026-03-29T00:00:00+01:00', '--to', '2026-03-30T00:00:00+02:00']);
    ok(d, ['add', 'acme', '--from', '2026-10-25T00:00:00+02:00', '--to', '2026-10-26T00:00:00+01:00', '--long']);
    const spring = ttJson<{ days: unknown[] }>(d, ['reconcile', '--since', '2026-03-28', '--until', '2026-03-30']);
    expect(spring.days).toEqual([{ date: '2026-03-29', client: 'acme', trackedHours: 23, evidenceHours: 23, untrackedHours: 0 }]);
    const autumn = ttJson<{ days: unknown[]; totals: unknown }>(d, ['reconcile', '--since', '2026-10-25', '--until', '2026-10-25']);
    expect(autumn.days).toEqual([{ date: '2026-10-25', client: 'acme', trackedHours: 25, evidenceHours: 25, untrackedHours: 0 }]);
  });
});
