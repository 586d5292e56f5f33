// tt review without a terminal: the printed draft, its JSON, and --accept-all --yes through the store.
import { beforeAll, describe, expect, it } from 'vitest';
import { ok, tt, ttJson, type TtEnv } from '../helpers/cli.ts';
import { reviewWeek } from './setup.ts';

interface LogJson {
  entries: { client: string; start: string; end: string; source: string; note: string | null; internalNote: string | null }[];
}

let e: TtEnv;
beforeAll(() => {
  ({ e } = reviewWeek());
});

describe('tt review, printed', () => {
  it('prints the draft on a non-terminal, cut at the conflict, with the settled conflict as a note', () => {
    const r = ok(e, ['review']);
    expect(r.stdout).toBe(
      [
        'Review 2026-11-23..2026-11-29 (Europe/Berlin): 4 drafts, 1:58 untracked',
        '',
        'Mon 2026-11-23',
        // The 14:40 commit lies in the contested part, which globex's meeting won: d1 shows the 14:02 one.
        '  d1   13:32–14:30   0:58  acme    1 commit in acme-web: fix auth redirect',
        "  d2   14:30–14:40   0:10  globex  meeting 'Globex weekly'",
        '       conflict: acme vs globex (commit, meeting); choose the client with o in the review screen',
        "  d3   14:40–15:00   0:20  globex  meeting 'Globex weekly'",
        '',
        'Tue 2026-11-24',
        '  d4   09:30–10:00   0:30  acme    1 commit in acme-web: paging',
        '',
        'Thu 2026-11-26',
        '  conflict 10:00–11:00   1:00  acme vs globex (meeting, tracked): tracked time settled it; `tt edit` changes it',
        '',
        'Review them in a terminal with `tt review`, or add them all with `tt review --accept-all --yes`.',
        '',
      ].join('\n'),
    );
    expect(ok(e, ['review', '--print', '--week']).stdout).toBe(r.stdout);
  });

  it('prints the draft as JSON', () => {
    const got = ttJson<Record<string, unknown> & { drafts: Record<string, unknown>[] }>(e, ['review']);
    expect(got.drafts.map((d) => [d.id, d.day, d.start, d.end, d.hours, d.client, d.conflict])).toEqual([
      ['d1', '2026-11-23', '2026-11-23T12:32:00Z', '2026-11-23T13:30:00Z', 0.9667, 'acme', null],
      ['d2', '2026-11-23', '2026-11-23T13:30:00Z', '2026-11-23T13:40:00Z', 0.1667, 'globex', { clients: ['acme', 'globex'], kinds: ['commit', 'meeting'] }],
      ['d3', '2026-11-23', '2026-11-23T13:40:00Z', '2026-11-23T14:00:00Z', 0.3333, 'globex', null],
      ['d4', '2026-11-24', '2026-11-24T08:30:00Z', '2026-11-24T09:00:00Z', 0.5, 'acme', null],
    ]);
    expect(got.drafts[0]!.sources).toEqual([
      { kind: 'commit', label: 'acme-web', start: '2026-11-23T13:02:00Z', end: '2026-11-23T13:02:00Z', count: 1, subjects: ['fix auth redirect'] },
    ]);
    expect(got.conflicts).toEqual([{ day: '2026-11-26', start: '2026-11-26T09:00:00Z', end: '2026-11-26T10:00:00Z', hours: 1, clients: ['acme', 'globex'], kinds: ['meeting', 'tracked'] }]);
    expect(got.untrackedHours).toBe(1.9667);
    expect(got.added).toEqual([]);
    expect(got.action).toBeNull();
  });

  it('prints an empty week plainly, and reads --since/--until', () => {
    expect(ok(e, ['review', '--last-week']).stdout).toContain('Nothing to review: all evidence in this range is tracked.');
    const one = ttJson<{ from: string; to: string; drafts: { id: string }[] }>(e, ['review', '--since', '2026-11-24', '--until', '2026-11-24']);
    expect([one.from, one.to, one.drafts.length]).toEqual(['2026-11-24', '2026-11-24', 1]);
  });

  it('refuses --accept-all without --yes, and --yes alone, with exit 2', () => {
    const r = tt(e, ['review', '--accept-all']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--accept-all adds every draft without asking: confirm it with --yes');
    expect(tt(e, ['review', '--yes']).code).toBe(2);
    expect(tt(e, ['review', '--until', '2026-11-24']).code).toBe(2);
  });
});

describe('tt review --accept-all --yes', () => {
  it('adds every draft as a review entry, and one tt undo reverts them all', () => {
    const { e: fresh } = reviewWeek();
    const r = ok(fresh, ['review', '--accept-all', '--yes']);
    expect(r.stdout).toContain('Added 4 entries, 1:58 (source review; `tt undo` reverts them all):');
    const log = ttJson<LogJson>(fresh, ['log', '--week']);
    const review = log.entries.filter((x) => x.source === 'review');
    expect(review.map((x) => [x.client, x.start, x.end])).toEqual([
      ['acme', '2026-11-23T12:32:00Z', '2026-11-23T13:30:00Z'],
      ['globex', '2026-11-23T13:30:00Z', '2026-11-23T13:40:00Z'],
      ['globex', '2026-11-23T13:40:00Z', '2026-11-23T14:00:00Z'],
      ['acme', '2026-11-24T08:30:00Z', '2026-11-24T09:00:00Z'],
    ]);
    // The evidence is an internal note: never printed on a client document.
    expect([review[0]!.note, review[0]!.internalNote]).toEqual([null, 'review: 1 commit in acme-web: fix auth redirect']);
    // Nothing is left to review. The contested ten minutes are now tracked globex time against acme's
    // commit: a conflict tracked time settled, shown beside Thursday's.
    const after = ttJson<{ drafts: unknown[]; conflicts: { day: string; start: string; kinds: string[] }[] }>(fresh, ['review']);
    expect(after.drafts).toEqual([]);
    expect(after.conflicts.map((c) => [c.day, c.start, c.kinds.join(',')])).toEqual([
      ['2026-11-23', '2026-11-23T13:30:00Z', 'commit,meeting,tracked'],
      ['2026-11-26', '2026-11-26T09:00:00Z', 'meeting,tracked'],
    ]);
    // One undo takes back the whole session, and says so in one line rather than entry by entry.
    expect(ok(fresh, ['undo']).stdout).toBe('Undid: review of 4 entries.\n');
    expect(ttJson<LogJson>(fresh, ['log', '--week']).entries.map((x) => x.source)).toEqual(['cli']);
  });

  it('prints what it added as JSON, with the action tt undo reverts', () => {
    const { e: fresh } = reviewWeek({ calendar: false });
    const got = ttJson<{ added: { client: string; start: string; end: string; hours: number }[]; action: string | null }>(fresh, ['review', '--accept-all', '--yes']);
    expect(got.added.map((a) => [a.client, a.start, a.end, a.hours])).toEqual([
      ['acme', '2026-11-23T12:32:00Z', '2026-11-23T13:40:00Z', 1.1333],
      ['acme', '2026-11-24T08:30:00Z', '2026-11-24T09:00:00Z', 0.5],
    ]);
    expect(got.action).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});
