// The report as a grid of cells, shared by the table, Markdown and CSV outputs. `pretty` cells are
// for people (2-decimal hours, currency symbols, only the columns that hold something); plain cells
// are for spreadsheets (4-decimal hours, bare amounts, the same columns every time).
import { formatMoney } from '../core/money.ts';
import type { Report } from './build.ts';
import type { Group, Sums } from './group.ts';

export interface Sheet {
  headers: string[];
  align: ('left' | 'right')[];
  rows: string[][];
  /** The totals row, kept apart so a renderer can rule it off. */
  total: string[] | null;
}

const LABELS = { client: 'Client', project: 'Project', day: 'Day', tag: 'Tag' } as const;

export function reportSheet(r: Report, pretty: boolean): Sheet {
  const currencies = r.totals.money.map((m) => m.currency);
  const hoursText = (min: number): string => (pretty ? (min / 60).toFixed(2) : String(Math.round((min / 60) * 10000) / 10000));
  const moneyText = (cents: number, cur: string): string => (pretty ? formatMoney(cents / 100, cur) : (cents / 100).toFixed(2));
  const showNonBillable = !pretty || r.totals.nonBillableMinutes > 0;
  const showUnpriced = !pretty || r.totals.unpricedMinutes > 0;

  const headers = pretty ? [LABELS[r.by], 'Hours', 'Invoiced h', 'Open h'] : [r.by, 'hours', 'invoiced_hours', 'not_invoiced_hours'];
  if (showNonBillable) headers.push(pretty ? 'Non-billable h' : 'non_billable_hours');
  if (showUnpriced) headers.push(pretty ? 'No rate h' : 'unpriced_hours');
  // The table leaves out invoiced money (amount minus open) to fit a terminal; CSV and JSON carry it.
  for (const c of currencies) headers.push(...(pretty ? [`Amount ${c}`, `Open ${c}`] : [`amount_${c}`, `invoiced_${c}`, `not_invoiced_${c}`]));

  const cells = (key: string, s: Sums): string[] => {
    const row = [key, hoursText(s.minutes), hoursText(s.invoicedMinutes), hoursText(s.minutes - s.invoicedMinutes)];
    if (showNonBillable) row.push(hoursText(s.nonBillableMinutes));
    if (showUnpriced) row.push(hoursText(s.unpricedMinutes));
    for (const c of currencies) {
      const m = s.money.find((x) => x.currency === c);
      if (pretty) row.push(m ? moneyText(m.cents, c) : '', m ? moneyText(m.cents - m.invoicedCents, c) : '');
      else row.push(moneyText(m?.cents ?? 0, c), moneyText(m?.invoicedCents ?? 0, c), moneyText((m?.cents ?? 0) - (m?.invoicedCents ?? 0), c));
    }
    return row;
  };
  const keyText = (g: Group): string => g.key ?? (pretty ? '(no tag)' : '');
  return {
    headers,
    align: headers.map((_, i) => (i === 0 ? 'left' : 'right')),
    rows: r.groups.map((g) => cells(keyText(g), g)),
    total: pretty ? cells('Total', r.totals) : null,
  };
}
