// The whole report over plain data: entries and clients in, groups and totals out.
import type { Client } from '../core/client.ts';
import type { Entry } from '../core/events.ts';
import { rangeInstants, type DayRange } from '../core/ranges.ts';
import { groupLines, sumGroups, sumLines, type Group, type GroupBy, type Sums } from './group.ts';
import { buildLines } from './lines.ts';
import { priceLines, type PricedLine } from './pricing.ts';

export interface ReportInput {
  entries: readonly Entry[];
  clients: readonly Client[];
  tz: string;
  range: DayRange;
  now: number;
  by: GroupBy;
  rounded: boolean;
}

export interface Report {
  range: DayRange;
  tz: string;
  by: GroupBy;
  rounded: boolean;
  groups: Group[];
  totals: Sums;
  /** One per client, project, day and invoiced state: what the chart draws. */
  lines: PricedLine[];
}

export function buildReport(input: ReportInput): Report {
  const { start, end } = rangeInstants(input.range, input.tz);
  const window = { tz: input.tz, start, end, now: input.now };
  const lines = priceLines(buildLines(input.entries, window), input.clients, input.rounded);
  // By tag, an entry with two tags counts under each; the totals still count it once.
  const groupSource = input.by === 'tag' ? priceLines(buildLines(input.entries, { ...window, byTag: true }), input.clients, input.rounded) : lines;
  const groups = groupLines(groupSource, input.by);
  return {
    range: input.range,
    tz: input.tz,
    by: input.by,
    rounded: input.rounded,
    groups,
    // By tag a line may be in several groups, so the totals add up the lines themselves.
    totals: input.by === 'tag' ? sumLines(lines) : sumGroups(groups),
    lines,
  };
}
