import { describe, expect, it } from 'vitest';
import { estimates } from '../../src/report/estimates.ts';
import { entry } from './fixtures.ts';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const all = { tz: 'UTC', from: '0000-01-01', to: '9999-12-31', now: NOW };

describe('estimates', () => {
  it('compares each estimated entry with its real time and sums per tag', () => {
    const e = [
      entry('acme', '2026-11-02T09:00:00Z', '2026-11-02T13:00:00Z', { estimateMin: 120, tags: ['feature'] }), // 4 h for 2 h: 2x
      entry('acme', '2026-11-03T09:00:00Z', '2026-11-03T09:30:00Z', { estimateMin: 60, tags: ['feature', 'ui'] }), // 0.5x
      entry('acme', '2026-11-04T09:00:00Z', '2026-11-04T10:00:00Z'), // no estimate: left out
      entry('acme', '2026-11-27T09:00:00Z', null, { estimateMin: 30 }), // running: 1 h so far
    ];
    const r = estimates(e, all);
    expect(r.rows.map((x) => [x.estimateMin, x.actualMin, x.ratio, x.running])).toEqual([
      [120, 240, 2, false],
      [60, 30, 0.5, false],
      [30, 60, 2, true],
    ]);
    expect(r.tags.map((t) => [t.tag, t.entries, t.estimateMin, t.actualMin, t.ratio])).toEqual([
      ['feature', 2, 180, 270, 1.5],
      ['ui', 1, 60, 30, 0.5],
      [null, 1, 30, 60, 2],
    ]);
    expect(r.totals).toEqual({ entries: 3, estimateMin: 210, actualMin: 330, ratio: 330 / 210 });
  });

  it('takes entries that start on a day of the range', () => {
    const e = [entry('acme', '2026-11-02T23:30:00Z', '2026-11-03T01:00:00Z', { estimateMin: 60 })];
    expect(estimates(e, { ...all, from: '2026-11-03', to: '2026-11-03' }).rows).toHaveLength(0);
    expect(estimates(e, { ...all, tz: 'Europe/Berlin', from: '2026-11-03', to: '2026-11-03' }).rows).toHaveLength(1);
  });
});
