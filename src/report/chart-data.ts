// What the --chart bars show: per local day, the time of each client, stacked in one fixed client
// order (most time first) so a client keeps its place and its mark from day to day.
import { eachDay, type DateString } from '../core/time.ts';
import type { DayRange } from '../core/ranges.ts';

export interface ChartDay {
  day: DateString;
  /** Minutes per client, in the chart's client order; clients without time that day are left out. */
  segments: { client: string; minutes: number }[];
  minutes: number;
}

export interface ChartData {
  clients: { client: string; minutes: number }[];
  days: ChartDay[];
}

/** Ranges up to this many days show their empty days too; longer ones show only days with time. */
export const MAX_EMPTY_DAYS_SHOWN = 31;

export function chartData(lines: readonly { client: string; day: DateString; minutes: number }[], range: DayRange): ChartData {
  const perClient = new Map<string, number>();
  const perDay = new Map<DateString, Map<string, number>>();
  for (const l of lines) {
    perClient.set(l.client, (perClient.get(l.client) ?? 0) + l.minutes);
    let d = perDay.get(l.day);
    if (!d) perDay.set(l.day, (d = new Map<string, number>()));
    d.set(l.client, (d.get(l.client) ?? 0) + l.minutes);
  }
  const clients = [...perClient.entries()].map(([client, minutes]) => ({ client, minutes })).sort((a, b) => b.minutes - a.minutes || a.client.localeCompare(b.client));
  const span = range.from > '0001-01-01' ? eachDay(range.from, range.to) : [];
  const dayList = span.length && span.length <= MAX_EMPTY_DAYS_SHOWN ? span : [...perDay.keys()].sort();
  const days = dayList.map((day) => {
    const d = perDay.get(day) ?? new Map<string, number>();
    const segments = clients.filter((c) => d.has(c.client)).map((c) => ({ client: c.client, minutes: d.get(c.client)! }));
    return { day, segments, minutes: segments.reduce((s, x) => s + x.minutes, 0) };
  });
  return { clients, days };
}

/** Character cells for each segment of a bar, `width` cells for the longest day; rounding errors do not add up along the bar. */
export function segmentCells(segments: readonly { minutes: number }[], maxMinutes: number, width: number): number[] {
  if (maxMinutes <= 0) return segments.map(() => 0);
  let cum = 0;
  let prev = 0;
  return segments.map((s) => {
    cum += s.minutes;
    const pos = Math.round((cum / maxMinutes) * width);
    const cells = pos - prev;
    prev = pos;
    return cells;
  });
}
