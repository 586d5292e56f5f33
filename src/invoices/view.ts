// What templates and the PDF see: an invoice turned into display strings (money in its currency's
// minor units, hours with two decimals, address lines) next to plain numbers for the CSV, its title
// (invoice, cancellation, supplement) and the lines as `--group` shows them. Invoices recorded
// before documents existed (no `document`) show their sender text and client names as before. Pure.
import { addressLines } from '../core/billing.ts';
import { countryName } from '../core/country.ts';
import { ibanGroups } from '../core/iban.ts';
import { addDays } from '../core/time.ts';
import { hasVat } from '../core/vat-id.ts';
import { invoiceTitle, supplementText } from './describe.ts';
import { shownLines } from './group.ts';
import { DEFAULT_DESCRIPTION } from './line-text.ts';
import type { Invoice } from './model.ts';
import { documentMoney, plainMoney } from './money-text.ts';

export interface LineView {
  date: string;
  client: string;
  project: string;
  /** What the line is for: the project, or "Development" (EN 16931 item name). */
  item: string;
  /** The notes, when they say more than the item ("" otherwise). */
  detail: string;
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
  /** The VAT in EUR with its rate, when charged in another currency ("" otherwise). */
  taxEur: string;
  taxEurLabel: string;
  /** Credit from earlier payments taken off, and what is left to pay. */
  credit: string;
  hasCredit: boolean;
  amountDue: string;
}

export interface InvoiceView {
  title: string;
  /** "Supplement to invoice N of DATE" when it bills days an earlier invoice billed ("" otherwise). */
  supplement: string;
  number: string;
  issued: string;
  period: string;
  due: string;
  terms: string;
  po: string;
  currency: string;
  billTo: string;
  billToLines: string[];
  billToVatId: string;
  billToEmail: string;
  sender: string;
  hasSender: boolean;
  senderName: string;
  senderLines: string[];
  senderIds: string[];
  footer: string;
  manyClients: boolean;
  lines: LineView[];
  totals: TotalView[];
  /** Legal wording of the tax mode: reverse charge, §19 UStG. */
  taxNote: string;
  paymentLines: string[];
}

const plain = (n: number | null, digits: number): string => (n === null ? '' : String(Number(n.toFixed(digits))));
/** Config text is typed on one line: "\n" written literally there is a line break. */
const splitLines = (text: string): string[] => text.split(/\\n|\r?\n/).map((l) => l.trim()).filter(Boolean);

export function invoiceView(inv: Invoice): InvoiceView {
  const credit = (currency: string): number => inv.credit.find((c) => c.currency === currency)?.amount ?? 0;
  const doc = inv.document;
  const seller = doc?.seller;
  const home = seller?.country || undefined;
  const due = inv.due ?? (doc ? addDays(inv.issued, doc.terms.days) : '');
  const vat = (home && hasVat(home)) || (doc && doc.tax.mode !== 'standard') ? 'VAT' : 'Tax';
  const currencies = [...new Set(inv.lines.map((l) => l.currency))];
  const totals = inv.totals.map((t): TotalView => {
    const percents = [...new Set(inv.tax.filter((x) => inv.lines.some((l) => l.client === x.client && l.currency === t.currency)).map((x) => x.percent))];
    const eur = doc?.eur && doc.eur.currency === t.currency && t.tax !== 0 ? doc.eur : null;
    const reverse = doc?.tax.mode === 'reverse-charge';
    return {
      currency: t.currency,
      hours: t.hours.toFixed(2),
      net: documentMoney(t.net, t.currency),
      tax: documentMoney(t.tax, t.currency),
      taxLabel: percents.length === 1 ? `${vat} ${percents[0]}%${reverse ? ' (reverse charge)' : ''}` : vat,
      hasTax: doc?.tax.mode !== 'exempt' && (t.tax !== 0 || percents.length > 0),
      gross: documentMoney(t.gross, t.currency),
      taxEur: eur ? documentMoney(Math.round(t.tax * eur.rate * 100) / 100, 'EUR') : '',
      taxEurLabel: eur ? `${vat} in EUR (1 ${eur.currency} = ${eur.rate} EUR)` : '',
      credit: documentMoney(-credit(t.currency), t.currency),
      hasCredit: credit(t.currency) > 0,
      amountDue: documentMoney(Math.round((t.gross - credit(t.currency)) * 100) / 100, t.currency),
    };
  });
  const payment: string[] = [];
  if (doc) {
    const gross = inv.totals.map((t) => documentMoney(Math.round((t.gross - credit(t.currency)) * 100) / 100, t.currency)).join(' and ');
    if (gross) payment.push(doc.terms.days === 0 ? `Please pay ${gross} on receipt, quoting invoice ${inv.number}.` : `Please pay ${gross} by ${due}, quoting invoice ${inv.number}.`);
    if (seller?.iban) payment.push(`IBAN ${ibanGroups(seller.iban)}${seller.bic ? ` · BIC ${seller.bic}` : ''}${seller.name ? ` · ${seller.name}` : ''}`);
    payment.push(...splitLines(doc.payment.text));
  }
  return {
    title: invoiceTitle(inv),
    supplement: supplementText(inv),
    number: inv.number,
    issued: inv.issued,
    period: inv.from && inv.to ? (inv.from === inv.to ? inv.from : `${inv.from} to ${inv.to}`) : '',
    due,
    terms: doc?.terms.text ?? '',
    po: doc?.po ?? '',
    currency: currencies.join(', '),
    billTo: doc ? doc.billTo.name : inv.clients.join(', '),
    billToLines: doc ? addressLines(doc.billTo, countryName, home) : [],
    billToVatId: doc?.billTo.vatId ?? '',
    billToEmail: doc?.billTo.email ?? '',
    sender: inv.sender,
    hasSender: seller ? seller.source !== 'none' : inv.sender.trim() !== '',
    senderName: seller ? seller.name : '',
    senderLines: seller ? [...addressLines(seller, countryName), ...seller.lines] : splitLines(inv.sender),
    senderIds: seller ? senderIds(seller) : [],
    footer: inv.footer,
    manyClients: inv.clients.length > 1,
    lines: shownLines(inv).map((l) => {
      const item = l.project ?? DEFAULT_DESCRIPTION;
      return {
        date: l.date ?? '',
        client: l.client,
        project: l.project ?? '',
        item,
        detail: l.description && l.description !== item ? l.description : '',
        description: l.description,
        hours: l.hours.toFixed(2),
        rate: l.rate === null ? '' : documentMoney(l.rate, l.currency),
        amount: l.amount === null ? '' : documentMoney(l.amount, l.currency),
        currency: l.currency,
        hoursNumber: plain(l.hours, 4),
        rateNumber: plain(l.rate, 4),
        amountNumber: l.amount === null ? '' : plainMoney(l.amount, l.currency),
      };
    }),
    totals,
    taxNote: doc?.tax.wording ?? '',
    paymentLines: payment,
  };
}

function senderIds(s: NonNullable<Invoice['document']>['seller']): string[] {
  const out: string[] = [];
  if (s.vatId) out.push(`VAT id ${s.vatId}`);
  if (s.taxNumber) out.push(`Tax number ${s.taxNumber}`);
  if (s.email) out.push(s.email);
  if (s.phone) out.push(s.phone);
  return out;
}
