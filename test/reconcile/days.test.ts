import { describe, expect, it } from 'vitest';
import { cutDays, dayBounds } from '../../src/reconcile/rules/days.ts';
import { buildSessions } from '../../src/reconcile/rules/sessions.ts';
import { attribute } from '../../src/reconcile/rules/attribution.ts';
import { totals } from '../../src/reconcile/rules/totals.ts';

const t = (s: string): number => Date.parse(s);
const H = 3600_000;
const BERLIN = 'Europe/Berlin';

describe('day-cutting in the user zone', () => {
  it('2026-03-29 in Berlin has 23 hours and 2026-10-25 has 25', () => {
    const spring = dayBounds('2026-03-28', '2026-03-30', BERLIN);
    expect(spring.map((d) => [d.date, new Date(d.start).toISOString(), (d.end - d.start) / H])).toEqual([
      ['2026-03-28', '2026-03-27T23:00:00.000Z', 24],
      ['2026-03-29', '2026-03-28T23:00:00.000Z', 23],
      ['2026-03-30', '2026-03-29T22:00:00.000Z', 24],
    ]);
    const autumn = dayBounds('2026-10-25', '2026-10-25', BERLIN);
    expect([new Date(autumn[0]!.start).toISOString(), (autumn[0]!.end - autumn[0]!.start) / H]).toEqual(['2026-10-24T22:00:00.000Z', 25]);
  });

  it('finds the day start where DST skips midnight itself (Santiago, 2026-09-06 starts at 01:00)', () => {
    const days = dayBounds('2026-09-05', '2026-09-07', 'America/Santiago');
    expect(days.map((d) => [d.date, new Date(d.start).toISOString(), (d.end - d.start) / H])).toEqual([
      ['2026-09-05', '2026-09-05T04:00:00.000Z', 24],
      ['2026-09-06', '2026-09-06T04:00:00.000Z', 23],
      ['2026-09-07', '2026-09-07T03:00:00.000Z', 24],
    ]);
  });

  it('a tracked entry from midnight to midnight on the DST days counts 23 and 25 hours', () => {
    const days = [...dayBounds('2026-03-29', '2026-03-29', BERLIN), ...dayBounds('2026-10-25', '2026-10-25', BERLIN)];
    const owned = [
      { start: t('2026-03-28T23:00:00Z'), end: t('2026-03-29T22:00:00Z'), client: 'acme', level: 'tracked' as const },
      { start: t('2026-10-24T22:00:00Z'), end: t('2026-10-25T23:00:00Z'), client: 'acme', level: 'tracked' as const },
    ];
    expect(cutDays(owned, days).map((r) => [r.date, r.trackedMs / H])).toEqual([
      ['2026-03-29', 23],
      ['2026-10-25', 25],
    ]);
  });

  it('splits a session across midnight between its days', () => {
    // Berlin is UTC+1 in November: commits at 23:40 and 00:50 local, one session 23:10-00:50.
    const sessions = buildSessions(
      [
        { at: t('2026-11-26T22:40:00Z'), client: 'acme', repo: '/r/a', source: 'commit', sha: 'a' },
        { at: t('2026-11-26T23:50:00Z'), client: 'acme', repo: '/r/a', source: 'commit', sha: 'b' },
      ],
      { gapMs: 2 * H, leadInMs: H / 2 },
    );
    expect(sessions).toHaveLength(1);
    const rows = cutDays(attribute(sessions), dayBounds('2026-11-26', '2026-11-27', BERLIN));
    expect(rows.map((r) => [r.date, r.client, r.evidenceMs / 60_000, r.trackedMs])).toEqual([
      ['2026-11-26', 'acme', 50, 0],
      ['2026-11-27', 'acme', 50, 0],
    ]);
    expect(totals(rows)).toEqual({ trackedMs: 0, evidenceMs: 100 * 60_000, untrackedMs: 100 * 60_000 });
  });

  it('keeps tracked and evidence apart per client and orders rows by day, then client', () => {
    const days = dayBounds('2026-11-23', '2026-11-23', 'UTC');
    const rows = cutDays(
      [
        { start: t('2026-11-23T09:00:00Z'), end: t('2026-11-23T10:00:00Z'), client: 'globex', level: 'tracked' },
        { start: t('2026-11-23T10:00:00Z'), end: t('2026-11-23T10:30:00Z'), client: 'acme', level: 'meeting' },
        { start: t('2026-11-23T10:30:00Z'), end: t('2026-11-23T12:00:00Z'), client: 'globex', level: 'activity' },
      ],
      days,
    );
    expect(rows.map((r) => [r.client, r.trackedMs / H, r.evidenceMs / H])).toEqual([
      ['acme', 0, 0.5],
      ['globex', 1, 2.5],
    ]);
  });
});
