import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { chartData, segmentCells } from '../../src/report/chart-data.ts';
import { renderChart } from '../../src/ui/chart.ts';

const lines = [
  { client: 'acme', day: '2026-11-02', minutes: 240 },
  { client: 'globex', day: '2026-11-02', minutes: 120 },
  { client: 'globex', day: '2026-11-04', minutes: 180 },
];

describe('chartData', () => {
  it('orders clients by total time and shows every day of a short range', () => {
    const d = chartData(lines, { from: '2026-11-02', to: '2026-11-04' });
    expect(d.clients).toEqual([
      { client: 'globex', minutes: 300 },
      { client: 'acme', minutes: 240 },
    ]);
    expect(d.days.map((x) => [x.day, x.segments.map((s) => s.client), x.minutes])).toEqual([
      ['2026-11-02', ['globex', 'acme'], 360],
      ['2026-11-03', [], 0],
      ['2026-11-04', ['globex'], 180],
    ]);
  });

  it('shows only days with time over a long range', () => {
    expect(chartData(lines, { from: '2026-01-01', to: '2026-12-31' }).days.map((d) => d.day)).toEqual(['2026-11-02', '2026-11-04']);
  });
});

describe('segmentCells', () => {
  it('shares the cells so that rounding errors do not add up along a bar', () => {
    expect(segmentCells([{ minutes: 1 }, { minutes: 1 }, { minutes: 1 }], 3, 10)).toEqual([3, 4, 3]);
    expect(segmentCells([{ minutes: 60 }], 120, 10)).toEqual([5]);
  });
});

describe('renderChart', () => {
  it('draws plain characters and a legend without colour', () => {
    const text = renderChart(chartData(lines, { from: '2026-11-02', to: '2026-11-04' }), { chalk: new Chalk({ level: 0 }), color: false, width: 12 });
    expect(text).toBe(
      ['Mon 2026-11-02 |####========|   6:00', 'Tue 2026-11-03 |            |', 'Wed 2026-11-04 |######      |   3:00', '', '# globex 5:00   = acme 4:00', ''].join('\n'),
    );
  });

  it('colours blocks on a terminal', () => {
    const text = renderChart(chartData(lines, { from: '2026-11-02', to: '2026-11-02' }), { chalk: new Chalk({ level: 1 }), color: true, width: 6 });
    expect(text).toContain('\u001b[36m█\u001b[39m');
    expect(text).not.toContain('#');
  });
});
