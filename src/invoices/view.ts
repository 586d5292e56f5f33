// What templates see: an invoice turned into display strings (money with its currency, hours with
// two decimals) next to plain numbers for the CSV. Pure.
import { formatMoney } from '../core/money.ts';
import { invoiceTitle, supplementText } from './describe.ts';
import { shownLines } from './group.ts';
import type { Invoice } from './model.ts';

export interface LineView {
  date: string;
  client: string;
  project: string;
  description: string;
  hours: string;
  rate: string;
  amount: string;
  currency: string;
  hoursNumber: string;
  rateNumber: string;
  amountNumber: string;
}

export interface TotalView {
  currency: string;
  hours: string;
  net: string;
  tax: string;
  taxLabel: string;
  hasTax: boolean;
  gross: string;
  /** Credit from earlier payments taken off, and what is left to pay. */
  credit: string;
  hasCredit: boolean;
  amountDue: string;
}

export interface InvoiceView {
  title: string;
  supplement: string;
  due: string;
  number: string;
  issued: string;
  period: string;
  billTo: string;
  sender: string;
  senderLines: string[];
  footer: string;
  manyClients: boolean;
  lines: LineView[];
  totals: TotalView[];
}

const plain = (n: number | null, digits: number): string => (n === null ? '' : String(Number(n.toFixed(digits))));

export function invoiceView(inv: Invoice): InvoiceView {
  const credit = (currency: string): number => inv.credit.find((c) => c.currency === currency)?.amount ?? 0;
  return {
    title: invoiceTitle(inv),
    supplement: supplementText(inv),
    due: inv.due ?? '',
    number: inv.number,
    issued: inv.issued,
    period: inv.from && inv.to ? (inv.from === inv.to ? inv.from : `${inv.from} to ${inv.to}`) : '',
    billTo: inv.clients.join(', '),
    sender: inv.sender,
    // config values are typed on one line: "\n" written literally there means a line break.
    senderLines: inv.sender.split(/\\n|\n/).filter((l) => l.trim()),
    footer: inv.footer,
    manyClients: inv.clients.length > 1,
    lines: shownLines(inv).map((l) => ({
      date: l.date,
      client: l.client,
      project: l.project ?? '',
      description: l.description,
      hours: l.hours.toFixed(2),
      rate: l.rate === null ? '' : formatMoney(l.rate, l.currency),
      amount: l.amount === null ? '' : formatMoney(l.amount, l.currency),
      currency: l.currency,
      hoursNumber: plain(l.hours, 4),
      rateNumber: plain(l.rate, 4),
      amountNumber: plain(l.amount, 2),
    })),
    totals: inv.totals.map((t) => {
      const percents = [...new Set(inv.tax.filter((x) => inv.lines.some((l) => l.client === x.client && l.currency === t.currency)).map((x) => x.percent))];
      return {
        currency: t.currency,
        hours: t.hours.toFixed(2),
        net: formatMoney(t.net, t.currency),
        tax: formatMoney(t.tax, t.currency),
        taxLabel: percents.length === 1 ? `Tax ${percents[0]}%` : 'Tax',
        hasTax: t.tax !== 0 || percents.some((p) => p > 0),
        gross: formatMoney(t.gross, t.currency),
        credit: formatMoney(-credit(t.currency), t.currency),
        hasCredit: credit(t.currency) > 0,
        amountDue: formatMoney(Math.round((t.gross - credit(t.currency)) * 100) / 100, t.currency),
      };
    }),
  };
}
