// `tt report --chart`: one stacked horizontal bar per day, a mark (and on a terminal a colour) per
// client, and a legend. Without colour each client gets its own character, so the chart still reads
// in a pipe, a log file or a screen reader.
import type { ChalkInstance } from 'chalk';
import { formatHM } from '../core/duration.ts';
import { weekdayOf } from '../core/time.ts';
import { segmentCells, type ChartData } from '../report/chart-data.ts';

const MARKS = ['#', '=', '+', '*', 'o', '%', '@', '~', ':', 'x'];
const COLOURS = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red', 'cyanBright', 'magentaBright', 'yellowBright', 'greenBright'] as const;
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface ChartStyle {
  chalk: ChalkInstance;
  color: boolean;
  /** Cells for the longest day's bar. */
  width: number;
}

export function renderChart(data: ChartData, style: ChartStyle): string {
  if (!data.days.length) return 'No time to chart.\n';
  const markOf = new Map<string, string>();
  data.clients.forEach((c, i) => {
    const k = i % MARKS.length;
    markOf.set(c.client, style.color ? style.chalk[COLOURS[k]!]('█') : MARKS[k]!);
  });
  const max = Math.max(...data.days.map((d) => d.minutes));
  const rows = data.days.map((d) => {
    const cells = segmentCells(d.segments, max, style.width);
    const bar = d.segments.map((s, i) => markOf.get(s.client)!.repeat(cells[i]!)).join('');
    const used = cells.reduce((a, b) => a + b, 0);
    const total = d.minutes ? formatHM(d.minutes * 60_000) : '';
    return `${DAY_NAMES[weekdayOf(d.day)]} ${d.day} |${bar}${' '.repeat(style.width - used)}| ${total.padStart(6)}`.trimEnd();
  });
  const legend = data.clients.map((c) => `${markOf.get(c.client)} ${c.client} ${formatHM(c.minutes * 60_000)}`).join('   ');
  const wrapped = data.clients.length > MARKS.length ? '\n(more clients than marks: marks repeat)' : '';
  return `${rows.join('\n')}\n\n${legend}${wrapped}\n`;
}
