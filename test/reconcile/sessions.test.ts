import { describe, expect, it } from 'vitest';
import { buildSessions, distinctPoints } from '../../src/reconcile/rules/sessions.ts';
import type { Point } from '../../src/reconcile/rules/types.ts';

const t = (s: string): number => Date.parse(s);
const MIN = 60_000;
const settings = { gapMs: 120 * MIN, leadInMs: 30 * MIN };
const commit = (at: string, client: string | null, repo = '/r/acme-web', sha?: string): Point => ({ at: t(at), client, repo, source: 'commit', sha: sha ?? at, subject: `c ${at}` });
const span = (i: { start: number; end: number }): [string, string] => [new Date(i.start).toISOString(), new Date(i.end).toISOString()];

describe('sessions', () => {
  it('joins points at most session.gap apart and starts session.leadIn before the first', () => {
    const s = buildSessions([commit('2026-11-23T10:00:00Z', 'acme'), commit('2026-11-23T10:30:00Z', 'acme'), commit('2026-11-23T12:30:00Z', 'acme'), commit('2026-11-23T14:31:00Z', 'acme')], settings);
    // 10:30 -> 12:30 is exactly 120 min: joined; 12:30 -> 14:31 is 121 min: a new session.
    expect(s.map(span)).toEqual([
      ['2026-11-23T09:30:00.000Z', '2026-11-23T12:30:00.000Z'],
      ['2026-11-23T14:01:00.000Z', '2026-11-23T14:31:00.000Z'],
    ]);
    expect(s.map((x) => x.points?.length)).toEqual([3, 1]);
  });

  it('joins points of one client across its repos, and keeps clients apart', () => {
    const s = buildSessions([commit('2026-11-23T10:00:00Z', 'acme', '/r/acme-web'), commit('2026-11-23T11:00:00Z', 'acme', '/r/acme-api'), commit('2026-11-23T10:30:00Z', 'globex', '/r/globex')], settings);
    expect(s.map((x) => [x.client, ...span(x)])).toEqual([
      ['acme', '2026-11-23T09:30:00.000Z', '2026-11-23T11:00:00.000Z'],
      ['globex', '2026-11-23T10:00:00.000Z', '2026-11-23T10:30:00.000Z'],
    ]);
    expect(s[0]!.repo).toBeUndefined(); // two repos
  });

  it('groups unmapped points by repo, so the unassigned list can name each repo', () => {
    const s = buildSessions([commit('2026-11-23T10:00:00Z', null, '/r/a'), commit('2026-11-23T10:10:00Z', null, '/r/b')], settings);
    expect(s.map((x) => [x.repo, ...span(x)])).toEqual([
      ['/r/a', '2026-11-23T09:30:00.000Z', '2026-11-23T10:00:00.000Z'],
      ['/r/b', '2026-11-23T09:40:00.000Z', '2026-11-23T10:10:00.000Z'],
    ]);
  });

  it('counts a commit seen by the log and by a hook once, and a rebased copy (same author time) once', () => {
    const log = commit('2026-11-23T10:00:00Z', 'acme', '/r/acme-web', 'aaa');
    const hookSameSha: Point = { at: t('2026-11-23T10:00:02Z'), client: 'acme', repo: '/r/acme-web', source: 'hook', sha: 'aaa', event: 'commit' };
    const hookSameInstant: Point = { at: t('2026-11-23T10:00:00Z'), client: 'acme', repo: '/r/acme-web', source: 'hook', event: 'commit' };
    const rebased = commit('2026-11-23T10:00:00Z', 'acme', '/r/acme-web', 'bbb');
    const d = distinctPoints([hookSameSha, hookSameInstant, rebased, log]);
    expect(d).toHaveLength(1);
    expect(d[0]!.source).toBe('commit');
    expect(buildSessions([hookSameSha, log], settings).map(span)).toEqual([['2026-11-23T09:30:00.000Z', '2026-11-23T10:00:00.000Z']]);
  });

  it('calls a session of hook records only a hook session', () => {
    const s = buildSessions([{ at: t('2026-11-23T10:00:00Z'), client: 'acme', repo: '/r/acme-web', source: 'hook', event: 'checkout' }], settings);
    expect(s[0]!.kind).toBe('hook');
  });
});
