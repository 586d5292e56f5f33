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

  const headers = pretty ? [LABELS[r.by], 'Hours', 'Invoiced h', 'Unbilled h'] : [r.by, 'hours', 'invoiced_hours', 'not_invoiced_hours'];
  if (showNonBillable) headers.push(pretty ? 'Non-billable h' : 'non_billable_hours');
  if (showUnpriced) headers.push(pretty ? 'No rate h' : 'unpriced_hours');
  // Invoiced money as the invoices billed it (net, tax, gross) and what was paid and is still open;
  // then the value of the work not invoiced yet, before tax. The table shows the invoiced columns
  // of a currency only when something in it is invoiced; CSV has every column every time.
  const invoicedIn = new Set(r.totals.money.filter((m) => m.invoicedCents || m.taxCents || m.paidCents || m.openCents).map((m) => m.currency));
  for (const c of currencies) {
    if (pretty) headers.push(...(invoicedIn.has(c) ? [`Net ${c}`, `Tax ${c}`, `Gross ${c}`, `Paid ${c}`, `Open ${c}`] : []), `Unbilled ${c}`);
    else headers.push(`amount_${c}`, `invoiced_${c}`, `not_invoiced_${c}`, `tax_${c}`, `gross_${c}`, `paid_${c}`, `open_${c}`);
  }

  const cells = (key: string, s: Sums): string[] => {
    const row = [key, hoursText(s.minutes), hoursText(s.invoicedMinutes), hoursText(s.minutes - s.invoicedMinutes)];
    if (showNonBillable) row.push(hoursText(s.nonBillableMinutes));
    if (showUnpriced) row.push(hoursText(s.unpricedMinutes));
    for (const c of currencies) {
      const m = s.money.find((x) => x.currency === c);
      const v = (cents: number | undefined): string => moneyText(cents ?? 0, c);
      const unbilled = m ? m.cents - m.invoicedCents : undefined;
      if (pretty) {
        const shown = (cents: number | undefined): string => (m ? v(cents) : '');
        if (invoicedIn.has(c)) row.push(shown(m?.invoicedCents), shown(m?.taxCents), shown(m ? m.invoicedCents + m.taxCents : undefined), shown(m?.paidCents), shown(m?.openCents));
        row.push(shown(unbilled));
      } else {
        row.push(v(m?.cents), v(m?.invoicedCents), v(unbilled), v(m?.taxCents), v(m ? m.invoicedCents + m.taxCents : 0), v(m?.paidCents), v(m?.openCents));
      }
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
