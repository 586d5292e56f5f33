// The --format json document of `tt report` (docs/report.md lists every field).
import { hours } from '../core/duration.ts';
import type { Report } from './build.ts';
import type { Group, Sums } from './group.ts';

const h = (minutes: number): number => hours(minutes * 60_000);
const money = (cents: number): number => Math.round(cents) / 100;

function sumsJson(s: Sums): Record<string, unknown> {
  return {
    hours: h(s.minutes),
    invoicedHours: h(s.invoicedMinutes),
    notInvoicedHours: h(s.minutes - s.invoicedMinutes),
    nonBillableHours: h(s.nonBillableMinutes),
    unpricedHours: h(s.unpricedMinutes),
    money: s.money.map((m) => ({
      currency: m.currency,
      amount: money(m.cents),
      invoiced: money(m.invoicedCents),
      notInvoiced: money(m.cents - m.invoicedCents),
      // Of the invoiced money, as the invoices billed it: net (= invoiced), tax, gross, paid, open.
      net: money(m.invoicedCents),
      tax: money(m.taxCents),
      gross: money(m.invoicedCents + m.taxCents),
      paid: money(m.paidCents),
      open: money(m.openCents),
    })),
  };
}

function groupJson(g: Group): Record<string, unknown> {
  return { key: g.key, ...(g.client !== undefined ? { client: g.client, project: g.project ?? null } : {}), ...sumsJson(g) };
}

export function reportJson(r: Report): Record<string, unknown> {
  return {
    from: r.range.from,
    to: r.range.to,
    tz: r.tz,
    by: r.by,
    rounded: r.rounded,
    groups: r.groups.map(groupJson),
    totals: sumsJson(r.totals),
  };
}
