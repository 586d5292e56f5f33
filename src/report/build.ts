// The whole report over plain data: entries and clients in, groups and totals out.
import type { Client } from '../core/client.ts';
import type { Entry } from '../core/events.ts';
import { rangeInstants, type DayRange } from '../core/ranges.ts';
import { groupLines, sumGroups, sumLines, type Group, type GroupBy, type Sums } from './group.ts';
import { invoicedLines, type InvoicedLine } from './invoiced.ts';
import { buildLines } from './lines.ts';
import { priceLines, type PricedLine } from './pricing.ts';

export interface ReportInput {
  /** Tracked time no invoice bills (the part of an entry an invoice bills is left out of it). */
  entries: readonly Entry[];
  /** Invoiced work, from the invoice records, in the range. */
  invoiced?: readonly InvoicedLine[];
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
  const invoiced = input.invoiced ?? [];
  const lines = [...priceLines(buildLines(input.entries, window), input.clients, input.rounded), ...invoicedLines(invoiced, input.rounded, false)];
  // By tag, an entry with two tags counts under each, and an invoice line is split by its tags'
  // share of its hours; the totals still count everything once.
  const groupSource =
    input.by === 'tag' ? [...priceLines(buildLines(input.entries, { ...window, byTag: true }), input.clients, input.rounded), ...invoicedLines(invoiced, input.rounded, true)] : lines;
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
