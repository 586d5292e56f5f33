// What happens to an issued invoice: sent, paid (partial payments add up; amounts are gross), a
// short remainder written off, an overpayment kept as the client's credit. Each is a status record
// appended under the lock (records.ts); the invoice file itself never changes.
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { formatMoney, toCents } from '../core/money.ts';
import { parseDecimal } from '../core/number-input.ts';
import { parseDay } from '../core/ranges.ts';
import { localDate, type DateString } from '../core/time.ts';
import type { Store } from '../store/store.ts';
import { readBook, reportBook, type Book } from './book.ts';
import { findInvoice } from './find.ts';
import type { Invoice } from './model.ts';
import { record } from './record.ts';
import { onlyCurrency, stateText, type Balance, type InvoiceStatus } from './status.ts';

export interface Found {
  book: Book;
  invoice: Invoice;
  status: InvoiceStatus;
  today: DateString;
}

/** The invoice a change is about, with every invoice's status as it is now. */
export async function findForChange(ctx: Ctx, store: Store, ref: string): Promise<Found> {
  const today = localDate(ctx.now(), store.tz());
  const book = await readBook(ctx.fs, store.p.invoices, today);
  reportBook(ctx, book);
  const invoice = findInvoice(book.invoices, ref, book.damaged);
  return { book, invoice, status: book.statuses.get(invoice.id)!, today };
}

/** --on: a day, not after today (a payment that has not happened yet is not recorded). */
export function dayFlag(text: string | undefined, store: Store, today: DateString, flag = '--on'): DateString {
  if (text === undefined) return today;
  const day = parseDay(text, store.ctx.now(), store.tz(), flag);
  if (day > today) throw new UsageError(`${flag}: ${day} is after today (${today})`, 'Record it on the day it happens.');
  return day;
}

/** An invoice that can take a payment or be sent: issued, not voided, not a cancellation document. */
function requireActive(f: Found, what: string): void {
  const inv = f.invoice;
  if (inv.kind === 'cancellation') throw new UsageError(`${inv.number} is a cancellation document (of ${inv.cancels?.number}); ${what} is recorded on invoices`, `\`tt invoice list\` shows the invoices.`);
  if (f.status.voided) {
    const next = f.status.voided.reissue ? f.book.invoices.find((i) => i.id === f.status.voided!.reissue) : undefined;
    throw new UsageError(`${inv.number} is ${stateText(f.status)} (${f.status.voided.on})`, next ? `Its payments go on the invoice that corrects it: ${next.number}.` : 'A voided invoice takes no payments.');
  }
}

export function recordSent(store: Store, f: Found, on: DateString): { recorded: boolean } {
  requireActive(f, 'sending');
  if (f.status.sent) return { recorded: false };
  store.transaction((tx) => record(store, tx, [{ invoice: f.invoice.id, kind: 'sent', on }]));
  return { recorded: true };
}

export interface PaidRequest {
  on: DateString;
  amount?: string;
  currency?: string;
  settle?: string;
  credit?: boolean;
}

export interface PaidOutcome {
  amount: number;
  currency: string;
  /** The part above what was open, kept as the client's credit. */
  credit: number;
  /** The remainder written off with --settle. */
  settled: number;
}

function balanceFor(f: Found, currency: string | undefined): Balance {
  const inv = f.invoice;
  const code = currency?.toUpperCase() ?? onlyCurrency(inv);
  if (!code) throw new UsageError(`${inv.number} is in ${inv.totals.map((t) => t.currency).join(' and ')}: say which the payment is in`, `Give --currency ${inv.totals[0]?.currency ?? 'EUR'}.`);
  const b = f.status.balances.find((x) => x.currency === code);
  if (!b) throw new UsageError(`--currency: ${inv.number} bills nothing in ${code}`, `It is in ${inv.totals.map((t) => t.currency).join(', ')}.`);
  return b;
}

export function recordPaid(store: Store, f: Found, req: PaidRequest): PaidOutcome {
  requireActive(f, 'a payment');
  const inv = f.invoice;
  const b = balanceFor(f, req.currency);
  const money = (c: number): string => formatMoney(c / 100, b.currency);
  const open = toCents(b.open);
  if (req.amount === undefined && open === 0) {
    throw new UsageError(`nothing is open on ${inv.number}: it is ${stateText(f.status)}`, 'To record money received beyond it, give --amount and --credit.');
  }
  const amount = req.amount === undefined ? open : toCents(parseDecimal(req.amount, { flag: '--amount', max: 1e12, decimals: 2, hint: 'Give the amount received, like 480 or 480.50.' }));
  if (amount <= 0) throw new UsageError('--amount: a payment is more than zero', 'Give the amount received.');
  const over = amount - open;
  if (over > 0 && !req.credit) {
    throw new UsageError(
      `a payment of ${money(amount)} is ${money(over)} more than the ${money(open)} open on ${inv.number}`,
      inv.clients.length === 1 ? `If ${inv.clients[0]} paid that much, give --credit: ${money(over)} becomes their credit, taken off their next invoice. Otherwise check --amount.` : 'Check --amount.',
    );
  }
  if (over > 0 && inv.clients.length !== 1) throw new UsageError(`--credit: ${inv.number} bills ${inv.clients.join(' and ')}; credit belongs to one client`, 'Record the payment up to the open amount.');
  const remainder = Math.max(0, open - amount);
  if (req.settle !== undefined) {
    if (!req.settle.trim()) throw new UsageError('--settle: give the reason (bank fees, withholding)', 'tt invoice paid 2026-A002 --amount 470 --settle "bank fees"');
    if (remainder === 0) throw new UsageError(`--settle: nothing would be left open on ${inv.number} to write off`, 'Leave out --settle.');
  }
  store.transaction((tx) => {
    const recs: Parameters<typeof record>[2][number][] = [{ invoice: inv.id, kind: 'paid', on: req.on, amount: amount / 100, currency: b.currency }];
    if (req.settle !== undefined) recs.push({ invoice: inv.id, kind: 'settled', on: req.on, amount: remainder / 100, currency: b.currency, reason: req.settle.trim() });
    record(store, tx, recs);
  });
  return { amount: amount / 100, currency: b.currency, credit: Math.max(0, over) / 100, settled: req.settle !== undefined ? remainder / 100 : 0 };
}
