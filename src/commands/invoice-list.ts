// tt invoice list [--client C] [--open|--overdue|--paid] [--json]: recorded invoices, oldest first,
// with their status folded from the status records: due date, paid, open, days overdue.
import { count } from '../core/plural.ts';
import type { Ctx } from '../platform/context.ts';
import { requireClient } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { formatMoney } from '../core/money.ts';
import { localDate } from '../core/time.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { damagedExit, loadEntries } from '../store/load.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { readBook, reportBook } from '../invoices/book.ts';
import { coverageOf } from '../invoices/coverage.ts';
import { describeInvoice } from '../invoices/describe.ts';
import { duplicateNumbers } from '../invoices/find.ts';
import { stateText, type InvoiceStatus } from '../invoices/status.ts';
import { statusJson } from '../invoices/status-json.ts';

export interface InvoiceListOptions {
  client?: string;
  open?: boolean;
  overdue?: boolean;
  paid?: boolean;
  json?: boolean;
}

function wanted(s: InvoiceStatus, o: InvoiceListOptions): boolean {
  const open = s.active && s.balances.some((b) => b.open > 0);
  if (o.open && !open) return false;
  if (o.overdue && !(open && s.daysOverdue !== null && s.daysOverdue > 0)) return false;
  if (o.paid && !(s.state === 'paid' || s.state === 'settled')) return false;
  return true;
}

function statusLine(s: InvoiceStatus): string {
  const money = s.balances
    .filter((b) => b.gross !== 0)
    .map((b) => (s.active ? `paid ${formatMoney(b.paid, b.currency)}, open ${formatMoney(b.open, b.currency)}` : b.overpaid ? `${formatMoney(b.overpaid, b.currency)} paid on it is credit` : ''))
    .filter(Boolean)
    .join('; ');
  const due = s.invoice.due && s.active ? `due ${s.invoice.due}` : '';
  return [stateText(s), due, money].filter(Boolean).join(', ');
}

export async function invoiceList(ctx: Ctx, o: InvoiceListOptions): Promise<number> {
  if ([o.open, o.overdue, o.paid].filter(Boolean).length > 1) throw new UsageError('give one of --open, --overdue and --paid', 'Without any of them, every invoice is listed.');
  const store = new Store(ctx);
  const client = o.client ? requireClient(readClientsLoose(ctx.fs, store.p.clients), o.client).name : null;
  const book = await readBook(ctx.fs, store.p.invoices, localDate(ctx.now(), store.tz()));
  reportBook(ctx, book);
  const h = await loadEntries(ctx, store, { remember: true });
  const cov = coverageOf(book.statuses.values(), h.entries);
  const billing = new Map<string, number>();
  for (const list of cov.values()) for (const b of list) billing.set(b.invoice.id, (billing.get(b.invoice.id) ?? 0) + 1);
  const shown = book.invoices.filter((i) => (!client || i.clients.includes(client)) && wanted(book.statuses.get(i.id)!, o));
  const dups = duplicateNumbers(book.invoices);
  if (o.json) {
    printJson(ctx.out, {
      invoices: shown.map((i) => ({
        id: i.id,
        number: i.number,
        source: i.source,
        clients: i.clients,
        from: i.from,
        to: i.to,
        issued: i.issued,
        createdAt: i.createdAt,
        lines: i.lines.length,
        totals: i.totals,
        entries: i.entries.length,
        entriesMarked: billing.get(i.id) ?? 0,
        file: i.file,
        ...statusJson(book.statuses.get(i.id)!),
      })),
      duplicateNumbers: dups,
    });
  } else {
    const filter = o.open ? ' open' : o.overdue ? ' overdue' : o.paid ? ' paid' : '';
    if (!shown.length) ctx.out(book.invoices.length ? `No${filter} invoices.\n` : 'No invoices yet. `tt invoice create --client NAME --last-month` makes one.\n');
    for (const i of shown) {
      const s = book.statuses.get(i.id)!;
      const m = billing.get(i.id) ?? 0;
      const marks = i.source === 'tt' ? (i.kind === 'invoice' && s.active && m !== i.entries.length ? `  [${m} of ${count(i.entries.length, 'entry')} still billed by it]` : '') : `  [imported from ${i.file}${s.active ? `, ${count(m, 'entry')} linked` : ''}]`;
      ctx.out(`${describeInvoice(i)}${marks}\n    ${statusLine(s)}\n`);
    }
    for (const n of dups) ctx.err(`tt: warning: the number ${n} is used by more than one invoice (made on different machines)\n`);
  }
  return book.damaged.length ? 3 : damagedExit(h);
}
