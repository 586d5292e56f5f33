// An invoice's status, folded from its status records (records.ts): sent, payments (partial ones add
// up; amounts are gross, what the client pays), a remainder written off, voided (cancelled before it
// was sent, or taken back by a cancellation document), notes. Pure and order-free: the records of
// every device are folded together, so two devices recording a payment both count. Money in cents.
import { toCents } from '../core/money.ts';
import { addDays, type DateString } from '../core/time.ts';
import type { Invoice } from './model.ts';
import type { StatusRecord } from './records.ts';

export type State = 'issued' | 'sent' | 'partly paid' | 'paid' | 'settled' | 'overdue' | 'cancelled' | 'voided' | 'cancellation';

export interface Balance {
  currency: string;
  gross: number;
  /** Credit from earlier overpayments, taken off on the invoice itself. */
  credit: number;
  /** Received: own payments and payments carried over from the invoice this one corrects. */
  paid: number;
  /** Written off with `paid --settle`. */
  settled: number;
  /** Still to be paid: gross − credit − paid − settled, never below zero. */
  open: number;
  /** Paid beyond what was due (or paid on an invoice cancelled without a correction): the client's credit. */
  overpaid: number;
}

export interface Payment {
  id: string;
  on: DateString;
  amount: number;
  currency: string;
  /** The invoice this payment was recorded on, when it was carried over from a voided one. */
  carriedFrom: string | null;
}

export interface InvoiceStatus {
  invoice: Invoice;
  state: State;
  /** Counts in reports, audits and coverage: an invoice neither voided nor a cancellation document. */
  active: boolean;
  sent: DateString | null;
  payments: Payment[];
  /** Remainders written off with `paid --settle`, each with the amount it wrote off when recorded. */
  settled: { on: DateString; reason: string; amount: number; currency: string }[];
  voided: { on: DateString; cancellation: string | null; reissue: string | null; reason: string | null } | null;
  notes: { on: DateString; text: string; entry: string | null }[];
  links: { line: number; entry: string; hours: number }[];
  balances: Balance[];
  daysOverdue: number | null;
}

const cents = (n: number): number => toCents(n);
const units = (c: number): number => c / 100;

function daysBetween(from: DateString, to: DateString): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The currency a record without one is in: the invoice's only currency. */
export function onlyCurrency(inv: Invoice): string | null {
  const set = new Set(inv.totals.map((t) => t.currency));
  if (set.size === 0) return inv.lines[0]?.currency ?? null;
  return set.size === 1 ? [...set][0]! : null;
}

/** Every invoice's status on `today`, by invoice id. */
export function foldStatuses(invoices: readonly Invoice[], records: readonly StatusRecord[], today: DateString): Map<string, InvoiceStatus> {
  const byInvoice = new Map<string, StatusRecord[]>();
  for (const r of records) {
    const list = byInvoice.get(r.invoice);
    if (list) list.push(r);
    else byInvoice.set(r.invoice, [r]);
  }
  const out = new Map<string, InvoiceStatus>();
  for (const inv of invoices) out.set(inv.id, statusOf(inv, byInvoice.get(inv.id) ?? []));
  // Payments of a voided invoice follow it to the invoice that corrects it (`void --reissue`).
  for (const s of out.values()) {
    const to = s.voided?.reissue ? out.get(s.voided.reissue) : undefined;
    if (!to) continue;
    for (const p of s.payments) if (p.carriedFrom === null) to.payments.push({ ...p, carriedFrom: s.invoice.id });
  }
  for (const s of out.values()) settle(s, today);
  return out;
}

function statusOf(inv: Invoice, records: readonly StatusRecord[]): InvoiceStatus {
  const s: InvoiceStatus = { invoice: inv, state: 'issued', active: inv.kind === 'invoice', sent: null, payments: [], settled: [], voided: null, notes: [], links: [], balances: [], daysOverdue: null };
  const fallback = onlyCurrency(inv) ?? 'USD';
  for (const r of records) {
    if (r.kind === 'sent') s.sent = s.sent === null || r.on < s.sent ? r.on : s.sent;
    else if (r.kind === 'paid') s.payments.push({ id: r.id, on: r.on, amount: r.amount ?? 0, currency: r.currency ?? fallback, carriedFrom: null });
    else if (r.kind === 'settled') s.settled.push({ on: r.on, reason: r.reason ?? '', amount: r.amount ?? 0, currency: r.currency ?? fallback });
    else if (r.kind === 'void') s.voided ??= { on: r.on, cancellation: r.cancellation ?? null, reissue: r.reissue ?? null, reason: r.reason ?? null };
    else if (r.kind === 'note') s.notes.push({ on: r.on, text: r.text ?? '', entry: r.entry ?? null });
    else if (r.kind === 'link') s.links.push(...(r.covers ?? []));
  }
  if (s.voided) s.active = false;
  return s;
}

function settle(s: InvoiceStatus, today: DateString): void {
  const inv = s.invoice;
  const currencies = new Set([...inv.totals.map((t) => t.currency), ...s.payments.map((p) => p.currency)]);
  for (const currency of [...currencies].sort()) {
    const gross = cents(inv.totals.find((t) => t.currency === currency)?.gross ?? 0);
    const credit = cents(inv.credit.find((c) => c.currency === currency)?.amount ?? 0);
    const carriedAway = Boolean(s.voided?.reissue);
    const paid = s.payments.filter((p) => p.currency === currency).reduce((n, p) => n + cents(p.amount), 0);
    // A write-off counts the amount it wrote off when recorded, so a payment synced later never grows it.
    const settled = s.settled.filter((w) => w.currency === currency).reduce((n, w) => n + cents(w.amount), 0);
    let open = 0;
    let overpaid = 0;
    if (s.voided || inv.kind === 'cancellation') {
      // Nothing is owed on it any more; what was paid on it is the client's, unless the correction took it.
      overpaid = carriedAway ? 0 : paid;
    } else {
      const rest = gross - credit - paid - settled;
      open = Math.max(0, rest);
      overpaid = Math.max(0, -rest);
    }
    s.balances.push({ currency, gross: units(gross), credit: units(credit), paid: units(paid), settled: units(settled), open: units(open), overpaid: units(overpaid) });
  }
  const open = s.balances.some((b) => b.open > 0);
  const received = s.payments.length > 0 || s.balances.some((b) => b.credit > 0);
  if (inv.kind === 'cancellation') s.state = 'cancellation';
  else if (s.voided) s.state = s.voided.cancellation ? 'voided' : 'cancelled';
  else if (!open && s.settled.length) s.state = 'settled';
  else if (!open && received) s.state = 'paid';
  else if (inv.due && today > inv.due && open) s.state = 'overdue';
  else if (received) s.state = 'partly paid';
  else if (s.sent) s.state = 'sent';
  if (s.state === 'overdue' || (open && s.active && inv.due && today > inv.due)) s.daysOverdue = daysBetween(inv.due!, today);
}

/** The client's credit per currency: overpayments, less what later invoices took off already. */
export function clientCredit(statuses: Iterable<InvoiceStatus>, client: string): Map<string, number> {
  const credit = new Map<string, number>();
  const add = (currency: string, c: number): void => void credit.set(currency, (credit.get(currency) ?? 0) + c);
  for (const s of statuses) {
    if (s.invoice.clients.length !== 1 || s.invoice.clients[0] !== client) continue;
    for (const b of s.balances) add(b.currency, cents(b.overpaid));
    if (s.active) for (const c of s.invoice.credit) add(c.currency, -cents(c.amount));
  }
  const out = new Map<string, number>();
  for (const [currency, c] of credit) if (c > 0) out.set(currency, units(c));
  return out;
}

/** The due day from the issue day and the terms in days. */
export function dueDate(issued: DateString, termsDays: number): DateString {
  return addDays(issued, termsDays);
}

/** A status in words for lists and messages: "paid", "cancelled, never sent", "overdue 12 days". */
export function stateText(s: InvoiceStatus): string {
  if (s.state === 'cancelled') return 'cancelled, never sent';
  if (s.state === 'voided') return 'voided';
  if (s.state === 'overdue') return `overdue ${s.daysOverdue} day${s.daysOverdue === 1 ? '' : 's'}`;
  if (s.state === 'issued') return 'unpaid';
  if (s.state === 'sent') return 'sent, unpaid';
  return s.state;
}
