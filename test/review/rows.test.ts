// The screen's lines: 80 columns at most, and long days scrolled so the cursor stays in view.
import { describe, expect, it } from 'vitest';
import { buildDrafts } from '../../src/review/drafts.ts';
import { reduce } from '../../src/review/reducer.ts';
import { initialState } from '../../src/review/state.ts';
import { BODY_ROWS, dayRows, detailLines, draftRows, titleLine } from '../../src/ui/review/rows.ts';
import { splitPoint } from '../../src/ui/review/split-point.ts';
import { at, commits, gap, TZ, weekInput } from './fixtures.ts';

/** 30 ten-minute acme drafts on Monday from 08:00, each with a long commit subject. */
function busyMonday() {
  const gaps = Array.from({ length: 30 }, (_, i) => {
    const from = at(23, '08:00') + i * 20 * 60_000;
    const hm = (t: number): string => new Date(t + 3600_000).toISOString().slice(11, 16);
    return gap('acme', 23, hm(from), hm(from + 10 * 60_000), [commits('acme-web', 23, hm(from), hm(from), [`change number ${i} with a subject far longer than any screen would show`])]);
  });
  return buildDrafts({ from: '2026-11-23', to: '2026-11-29', tz: TZ, gaps, conflicts: [] });
}

describe('review screen rows', () => {
  it('keeps the cursor in view on a day with more drafts than rows', () => {
    let s = initialState(busyMonday(), TZ);
    for (let i = 0; i < 25; i++) s = reduce(s, { type: 'move', by: 1 });
    const rows = draftRows(s, []);
    expect(rows).toHaveLength(BODY_ROWS);
    expect(rows.filter((r) => r.tone === 'cursor').map((r) => r.text.slice(0, 15))).toEqual(['›  16:20–16:30 ']);
    // The window ends at the last draft, so it is not scrolled past the end.
    expect(rows[BODY_ROWS - 1]!.text).toContain('17:40–17:50');
    // Drafts fit beside the day column (80 - 15 - 2 columns); title and detail lines fit 80.
    for (const r of rows) expect([...r.text].length).toBeLessThanOrEqual(63);
    for (const line of [titleLine(s, '2026-11-23', '2026-11-29'), ...detailLines(s)]) expect([...line].length).toBeLessThanOrEqual(80);
    expect(detailLines(s)[0]).toBe('Evidence: 1 commit in acme-web: change number 25 with a subject far longer than…');
  });

  it('marks days: cursor, decided, and days with only a conflict tracked time settled', () => {
    const set = buildDrafts(weekInput());
    const s = reduce(initialState(set, TZ), { type: 'acceptDay' });
    expect(dayRows(s, set.notes).map((r) => r.text)).toEqual(['›Mon 23  2:30✓ ', ' Tue 24  1:30  ', ' Thu 26  0:00! ']);
  });

  it('splits in the middle on a five-minute mark by default', () => {
    expect(new Date(splitPoint({ start: at(23, '13:32'), end: at(23, '14:40') })).toISOString()).toBe('2026-11-23T13:05:00.000Z');
    expect(splitPoint({ start: 0, end: 60_000 })).toBe(30_000);
  });
});
