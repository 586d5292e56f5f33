// The review session as a reducer: each key's action on plain drafts, and undo of every change.
import { describe, expect, it } from 'vitest';
import { buildDrafts } from '../../src/review/drafts.ts';
import { reduce, type Action } from '../../src/review/reducer.ts';
import { accepted, current, initialState, type ReviewState } from '../../src/review/state.ts';
import { evidenceLine } from '../../src/review/summary.ts';
import { at, TZ, weekInput } from './fixtures.ts';

const start = (): ReviewState => initialState(buildDrafts(weekInput()), TZ);
const run = (...actions: Action[]): ReviewState => actions.reduce(reduce, start());
const view = (s: ReviewState) => s.drafts.map((d) => `${d.id} ${new Date(d.start).toISOString().slice(11, 16)}-${new Date(d.end).toISOString().slice(11, 16)} ${d.client}${d.project ? `/${d.project}` : ''} ${d.status}`);

describe('review reducer', () => {
  it('accepts the draft under the cursor and walks on to the next pending one', () => {
    const s = run({ type: 'accept' });
    expect(accepted(s).map((d) => d.id)).toEqual(['d1']);
    expect(current(s)!.id).toBe('d2');
    expect(s.message).toBe('Accepted 13:30–15:00 acme.');
  });

  it('skips, and accepts a whole day at once', () => {
    const s = run({ type: 'skip' }, { type: 'acceptDay' });
    expect(view(s)).toEqual([
      'd1 12:30-14:00 acme skipped',
      'd2 14:00-14:30 globex accepted',
      'd3 14:30-15:00 globex accepted',
      'd4 08:30-10:00 globex pending',
    ]);
    expect(s.message).toBe('Accepted 2 drafts of 2026-11-23.');
  });

  it('moves between drafts and days without leaving the list', () => {
    expect(current(run({ type: 'move', by: -1 }))!.id).toBe('d1');
    expect(current(run({ type: 'day', by: 1 }))!.id).toBe('d4');
    expect(current(run({ type: 'day', by: 1 }, { type: 'day', by: 1 }, { type: 'day', by: -1 }))!.id).toBe('d1');
    expect(current(run({ type: 'move', by: 9 }))!.id).toBe('d4');
  });

  it('edits start and end, refusing an end before the start', () => {
    const s = run({ type: 'times', start: at(23, '13:45'), end: at(23, '14:50') });
    expect(view(s)[0]).toBe('d1 12:45-13:50 acme pending');
    const bad = reduce(s, { type: 'times', start: at(23, '14:00'), end: at(23, '13:00') });
    expect(bad.drafts).toBe(s.drafts);
    expect(bad.message).toBe('The end 13:00 is not after the start 14:00.');
  });

  it('changes client and project, and o picks the other client of a conflict', () => {
    expect(view(run({ type: 'target', client: 'globex', project: 'api' }))[0]).toBe('d1 12:30-14:00 globex/api pending');
    const s = run({ type: 'move', by: 1 }, { type: 'otherClient' });
    expect(view(s)[1]).toBe('d2 14:00-14:30 acme pending');
    expect(reduce(s, { type: 'otherClient' }).drafts[1]!.client).toBe('globex');
    expect(run({ type: 'otherClient' }).message).toBe('Only one client claimed this time; c changes it.');
  });

  it('splits a draft at a time inside it and merges it back with the next', () => {
    const s = run({ type: 'split', at: at(23, '14:00') });
    expect(view(s).slice(0, 2)).toEqual(['d1 12:30-13:00 acme pending', 'd5 13:00-14:00 acme pending']);
    // The commits at 14:00-15:00 Berlin belong to the second half; the lead-in half points at them too.
    expect(s.drafts.slice(0, 2).map((d) => evidenceLine(d.sources))).toEqual(['2 commits in acme-web: fix auth redirect, add tests', '2 commits in acme-web: fix auth redirect, add tests']);
    const merged = reduce(s, { type: 'merge' });
    expect(view(merged)[0]).toBe('d1 12:30-14:00 acme pending');
    expect(merged.drafts).toHaveLength(4);
    expect(run({ type: 'split', at: at(23, '16:00') }).message).toBe('Split at a time inside 13:30–15:00.');
  });

  it('merges only within a day, and names the client a merge keeps', () => {
    const s = run({ type: 'merge' });
    expect(view(s).slice(0, 2)).toEqual(['d1 12:30-14:30 acme pending', 'd3 14:30-15:00 globex pending']);
    expect(s.message).toBe('Merged into 13:30–15:30 (as acme; c changes it).');
    expect(run({ type: 'day', by: 1 }, { type: 'merge' }).message).toBe('No later draft on 2026-11-24 to merge with.');
  });

  it('undoes each change in turn, back to the start', () => {
    const s = run({ type: 'accept' }, { type: 'split', at: at(23, '14:10') }, { type: 'target', client: 'acme' });
    const once = reduce(s, { type: 'undo' });
    expect(view(once)).toEqual(view(run({ type: 'accept' }, { type: 'split', at: at(23, '14:10') })));
    const all = reduce(reduce(once, { type: 'undo' }), { type: 'undo' });
    expect(view(all)).toEqual(view(start()));
    expect(current(all)!.id).toBe('d1');
    expect(reduce(all, { type: 'undo' }).message).toBe('Nothing to undo.');
  });

  it('says so when there is nothing to review', () => {
    const empty = initialState({ drafts: [], notes: [], untrackedMs: 0 }, TZ);
    expect(reduce(empty, { type: 'accept' }).message).toBe('No drafts to review.');
  });
});
