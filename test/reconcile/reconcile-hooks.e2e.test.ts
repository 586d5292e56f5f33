// tt reconcile with hook records: a repo no --repo rule names is found through its hook records, and
// a --remote rule maps it; a commit seen by the log and by the hook counts once; shell records are presence.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, ttEnv, ttJson } from '../helpers/cli.ts';
import { git, makeRepo } from '../helpers/git.ts';
import { tempDir } from '../helpers/tmp.ts';

describe('tt reconcile with hook records', () => {
  it('finds repos through hook records, maps them by remote, and counts each commit once', () => {
    const e = ttEnv({ now: '2026-11-27T18:00:00Z', tz: 'Europe/Berlin' });
    const parent = tempDir('tt-hooked-');
    const repo = makeRepo('app', parent);
    git(repo, ['remote', 'add', 'origin', 'git@github.com:hooli/app.git']);
    ok(e, ['config', 'set', 'tz', 'Europe/Berlin']);
    ok(e, ['client', 'add', 'hooli', '--rate', '80', '--remote', 'hooli/app']);
    ok(e, ['hooks', 'install', '--scan', parent]);
    // The hooks run with the test's environment: they append to this TT_HOME's journal.
    const env = { TT_HOME: e.home };
    const commit = (msg: string, date: string, author?: { name: string; email: string }): void => {
      git(repo, ['commit', '-q', '--allow-empty', '-m', msg], { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, ...(author ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email } : {}) });
    };
    commit('start app', '2026-11-25T15:00:00+01:00');
    commit('their fix', '2026-11-25T15:20:00+01:00', { name: 'Other', email: 'other@example.com' });
    commit('finish app', '2026-11-25T15:45:00+01:00');
    // Shell presence, as the prompt snippet writes it (s1, pid, epoch seconds, kind, top folder): one
    // terminal 16:30-17:10 local, and one opened at 18:00 and left open overnight.
    const shell = (pid: number, local: string, kind: string): string => `s1\t${pid}\t${Date.parse(`2026-11-25T${local}:00+01:00`) / 1000}\t${kind}\t${repo}\n`;
    appendFileSync(
      join(e.home, 'journal.ndjson'),
      [shell(100, '16:30', 'enter'), shell(100, '16:40', 'heartbeat'), shell(100, '16:50', 'heartbeat'), shell(100, '17:00', 'heartbeat'), shell(100, '17:10', 'leave'), shell(200, '18:00', 'enter')].join(''),
    );
    const got = ttJson<{ days: unknown[]; gaps: unknown[]; unassigned: unknown[]; totals: unknown }>(e, ['reconcile']);
    // Session 14:30-15:45 (75 min), presence 16:30-17:10 (40) and 18:00 plus idle (15): 130 minutes.
    expect(got.days).toEqual([{ date: '2026-11-25', client: 'hooli', trackedHours: 0, evidenceHours: 2.1667, untrackedHours: 2.1667 }]);
    expect(got.gaps).toEqual([
      {
        client: 'hooli',
        start: '2026-11-25T13:30:00Z',
        end: '2026-11-25T14:45:00Z',
        hours: 1.25,
        sources: [{ kind: 'commit', repo, start: '2026-11-25T14:00:00Z', end: '2026-11-25T14:45:00Z', count: 2, commits: [expect.objectContaining({ subject: 'start app' }), expect.objectContaining({ subject: 'finish app' })] }],
      },
      { client: 'hooli', start: '2026-11-25T15:30:00Z', end: '2026-11-25T16:10:00Z', hours: 0.6667, sources: [{ kind: 'presence', repo, start: '2026-11-25T15:30:00Z', end: '2026-11-25T16:10:00Z' }] },
      { client: 'hooli', start: '2026-11-25T17:00:00Z', end: '2026-11-25T17:15:00Z', hours: 0.25, sources: [{ kind: 'presence', repo, start: '2026-11-25T17:00:00Z', end: '2026-11-25T17:15:00Z' }] },
    ]);
    expect(got.unassigned).toEqual([]);
    expect(got.totals).toEqual({ trackedHours: 0, evidenceHours: 2.1667, untrackedHours: 2.1667 });
  });
});
