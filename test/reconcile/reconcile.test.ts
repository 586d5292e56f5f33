import { describe, expect, it } from 'vitest';
import { resultJson } from '../../src/reconcile/json.ts';
import { reconcile, type Evidence } from '../../src/reconcile/reconcile.ts';
import type { Point } from '../../src/reconcile/rules/types.ts';

const t = (hm: string, day = '2026-11-23'): number => Date.parse(`${day}T${hm}:00Z`);
const MIN = 60_000;
const settings = { gapMs: 120 * MIN, leadInMs: 30 * MIN, idleMs: 15 * MIN };
const commit = (hm: string, repo: string, client: string | null, subject: string): Point => ({ at: t(hm), client, repo, source: 'commit', sha: `sha-${hm}`, subject });

const evidence: Evidence = {
  points: [
    commit('14:02', '/r/acme-web', 'acme', 'fix auth redirect'),
    commit('14:40', '/r/acme-web', 'acme', 'add tests'),
    commit('15:30', '/r/acme-web', 'acme', 'tracked anyway'),
    commit('16:40', '/r/acme-web', 'acme', 'bump'),
    commit('18:00', '/r/side', null, 'side project'),
  ],
  presence: [
    { at: t('16:45'), kind: 'enter', repo: '/r/acme-web', client: 'acme' },
    { at: t('16:55'), kind: 'heartbeat', repo: '/r/acme-web', client: 'acme' },
    { at: t('17:05'), kind: 'heartbeat', repo: '/r/acme-web', client: 'acme' },
    { at: t('17:20'), kind: 'leave', repo: '/r/acme-web', client: 'acme' },
    { at: t('16:50'), kind: 'enter', repo: '/r/globex', client: 'globex' },
  ],
  tracked: [
    { start: t('15:00'), end: t('16:00'), client: 'acme' },
    { start: t('11:00'), end: t('12:00'), client: 'globex' },
  ],
  meetings: [
    { start: t('10:00'), end: t('10:30'), client: 'acme', title: 'Acme sync', calendar: 'work' },
    { start: t('11:00'), end: t('12:00'), client: 'globex', title: 'Globex weekly', calendar: 'work' },
    { start: t('12:30'), end: t('13:00'), client: null, title: 'Lunch talk', calendar: 'work' },
    { start: t('21:00'), end: t('22:00'), client: 'acme', title: 'Later today', calendar: 'work' },
  ],
};

const opts = { range: { from: '2026-11-23', to: '2026-11-23' }, tz: 'UTC', now: t('20:00'), settings };

describe('reconcile', () => {
  it('gives each client its days, untracked gaps with sources, conflicts, unassigned evidence and totals', () => {
    expect(resultJson(reconcile(evidence, opts))).toEqual({
      from: '2026-11-23',
      to: '2026-11-23',
      tz: 'UTC',
      days: [
        // acme: meeting 30 + session 13:32-15:00 (88) + tracked 60 + session 16:00-16:40 (40) + presence 5 + 15.
        { date: '2026-11-23', client: 'acme', trackedHours: 1, evidenceHours: 3.9667, untrackedHours: 2.9667 },
        { date: '2026-11-23', client: 'globex', trackedHours: 1, evidenceHours: 1.25, untrackedHours: 0.25 },
      ],
      gaps: [
        { client: 'acme', start: '2026-11-23T10:00:00Z', end: '2026-11-23T10:30:00Z', hours: 0.5, sources: [{ kind: 'meeting', title: 'Acme sync', calendar: 'work', start: '2026-11-23T10:00:00Z', end: '2026-11-23T10:30:00Z' }] },
        {
          client: 'acme',
          start: '2026-11-23T13:32:00Z',
          end: '2026-11-23T15:00:00Z',
          hours: 1.4667,
          sources: [
            {
              kind: 'commit',
              repo: '/r/acme-web',
              start: '2026-11-23T14:02:00Z',
              end: '2026-11-23T14:40:00Z',
              count: 2,
              commits: [
                { sha: 'sha-14:02', at: '2026-11-23T14:02:00Z', subject: 'fix auth redirect' },
                { sha: 'sha-14:40', at: '2026-11-23T14:40:00Z', subject: 'add tests' },
              ],
            },
          ],
        },
        {
          client: 'acme',
          start: '2026-11-23T16:00:00Z',
          end: '2026-11-23T16:40:00Z',
          hours: 0.6667,
          sources: [{ kind: 'commit', repo: '/r/acme-web', start: '2026-11-23T16:40:00Z', end: '2026-11-23T16:40:00Z', count: 1, commits: [{ sha: 'sha-16:40', at: '2026-11-23T16:40:00Z', subject: 'bump' }] }],
        },
        { client: 'acme', start: '2026-11-23T16:45:00Z', end: '2026-11-23T16:50:00Z', hours: 0.0833, sources: [{ kind: 'presence', repo: '/r/acme-web', start: '2026-11-23T16:45:00Z', end: '2026-11-23T17:20:00Z' }] },
        { client: 'globex', start: '2026-11-23T16:50:00Z', end: '2026-11-23T17:05:00Z', hours: 0.25, sources: [{ kind: 'presence', repo: '/r/globex', start: '2026-11-23T16:50:00Z', end: '2026-11-23T17:05:00Z' }] },
        { client: 'acme', start: '2026-11-23T17:05:00Z', end: '2026-11-23T17:20:00Z', hours: 0.25, sources: [{ kind: 'presence', repo: '/r/acme-web', start: '2026-11-23T16:45:00Z', end: '2026-11-23T17:20:00Z' }] },
      ],
      conflicts: [{ start: '2026-11-23T16:50:00Z', end: '2026-11-23T17:05:00Z', hours: 0.25, clients: ['acme', 'globex'], kinds: ['presence'] }],
      unassigned: [
        { kind: 'meeting', start: '2026-11-23T12:30:00Z', end: '2026-11-23T13:00:00Z', hours: 0.5, title: 'Lunch talk' },
        { kind: 'commit', start: '2026-11-23T17:30:00Z', end: '2026-11-23T18:00:00Z', hours: 0.5, repo: '/r/side' },
      ],
      totals: { trackedHours: 2, evidenceHours: 5.2167, untrackedHours: 3.2167 },
    });
  });

  it('--client keeps that client\'s days, gaps and conflicts, and still lists unassigned evidence', () => {
    const r = resultJson(reconcile(evidence, { ...opts, client: 'globex' })) as { days: { client: string }[]; gaps: { client: string }[]; conflicts: unknown[]; unassigned: unknown[]; totals: unknown };
    expect(r.days.map((d) => d.client)).toEqual(['globex']);
    expect(r.gaps.map((g) => g.client)).toEqual(['globex']);
    expect(r.conflicts).toHaveLength(1);
    expect(r.unassigned).toHaveLength(2);
    expect(r.totals).toEqual({ trackedHours: 1, evidenceHours: 1.25, untrackedHours: 0.25 });
  });

  it('counts evidence up to now only, and a session reaching in from before the window from the window start', () => {
    const early: Evidence = { points: [commit('23:50', '/r/acme-web', 'acme', 'late')].map((p) => ({ ...p, at: p.at - 86_400_000 })).concat(commit('00:20', '/r/acme-web', 'acme', 'early')), presence: [], tracked: [], meetings: [] };
    const r = reconcile(early, { ...opts, now: t('00:10', '2026-11-24') });
    expect(r.days.map((d) => [d.date, d.evidenceMs / MIN])).toEqual([['2026-11-23', 20]]);
  });
});
