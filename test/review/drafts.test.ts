// Reconcile gaps and conflicts as draft entries: cut at conflict edges, grouped by local day.
import { describe, expect, it } from 'vitest';
import { buildDrafts, sourcesWithin } from '../../src/review/drafts.ts';
import { evidenceLine } from '../../src/review/summary.ts';
import { at, commits, gap, meeting, TZ, weekInput } from './fixtures.ts';

describe('buildDrafts', () => {
  it('makes one draft per gap, cut where a conflict starts or ends inside it', () => {
    const { drafts, notes } = buildDrafts(weekInput());
    expect(drafts.map((d) => [d.id, d.day, new Date(d.start).toISOString(), new Date(d.end).toISOString(), d.client, d.conflict?.clients ?? null])).toEqual([
      ['d1', '2026-11-23', '2026-11-23T12:30:00.000Z', '2026-11-23T14:00:00.000Z', 'acme', null],
      // globex's meeting 15:00-16:00 Berlin: the first half was contested by acme's commits.
      ['d2', '2026-11-23', '2026-11-23T14:00:00.000Z', '2026-11-23T14:30:00.000Z', 'globex', ['acme', 'globex']],
      ['d3', '2026-11-23', '2026-11-23T14:30:00.000Z', '2026-11-23T15:00:00.000Z', 'globex', null],
      ['d4', '2026-11-24', '2026-11-24T08:30:00.000Z', '2026-11-24T10:00:00.000Z', 'globex', null],
    ]);
    expect(drafts.every((d) => d.status === 'pending')).toBe(true);
    // The conflict tracked time settled is a note on Thursday, not a draft.
    expect(notes).toEqual([{ day: '2026-11-26', start: at(26, '10:00'), end: at(26, '11:00'), clients: ['acme', 'globex'], kinds: ['meeting', 'tracked'] }]);
  });

  it('puts a draft on the local day it starts, even when that is the UTC day before', () => {
    const input = { from: '2026-11-23', to: '2026-11-29', tz: TZ, conflicts: [], gaps: [gap('acme', 24, '00:20', '01:00', [])] };
    // 00:20 Berlin on the 24th is 23:20 UTC on the 23rd.
    expect(buildDrafts(input).drafts[0]!.day).toBe('2026-11-24');
  });

  it('keeps the evidence that touches each piece, or all of it for a lead-in', () => {
    const c = commits('acme-web', 23, '14:00', '14:40', ['one', 'two']);
    const m = meeting('Acme sync', 23, '15:00', '15:30');
    expect(sourcesWithin([c, m], at(23, '13:30'), at(23, '13:50'))).toEqual([c, m]);
    expect(sourcesWithin([c, m], at(23, '14:45'), at(23, '15:10'))).toEqual([m]);
  });
});

describe('evidenceLine', () => {
  it('reads as one line and is cut to the width given', () => {
    const c = commits('acme-web', 23, '14:00', '14:40', ['fix auth redirect', 'add tests']);
    const m = meeting('Acme sync', 23, '15:00', '15:30');
    expect(evidenceLine([c, m])).toBe("2 commits in acme-web: fix auth redirect, add tests; meeting 'Acme sync'");
    expect(evidenceLine([c, m], 20)).toBe('2 commits in acme-w…');
    expect(evidenceLine([])).toBe('no evidence recorded');
  });

  it('joins the shell stretches of one repo into one mention', () => {
    const shell = (from: string, to: string) => ({ kind: 'presence' as const, start: at(23, from), end: at(23, to), label: 'acme-web', count: 1, subjects: [] });
    expect(evidenceLine([shell('09:00', '09:15'), shell('09:30', '09:45')])).toBe('shell in acme-web');
  });
});
