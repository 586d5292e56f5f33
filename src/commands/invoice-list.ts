// tt invoice list [--client C] [--json]: recorded invoices, oldest first, and how many of their
// entries are still marked (after `tt undo` of the marking, none are).
import type { Ctx } from '../platform/context.ts';
import { damagedExit, loadEntries } from '../store/load.ts';
import { requireClient } from '../core/client.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { describeInvoice } from '../invoices/describe.ts';
import { duplicateNumbers } from '../invoices/find.ts';
import { readInvoices } from '../invoices/store.ts';

export interface InvoiceListOptions {
  client?: string;
  json?: boolean;
}

export async function invoiceList(ctx: Ctx, o: InvoiceListOptions): Promise<number> {
  const store = new Store(ctx);
  const client = o.client ? requireClient(readClientsLoose(ctx.fs, store.p.clients), o.client).name : null;
  const read = await readInvoices(ctx.fs, store.p.invoices);
  for (const d of read.damaged) ctx.err(`tt: ${d.message}\n`);
  const h = await loadEntries(ctx, store, { remember: true });
  const marked = new Map<string, number>();
  for (const e of h.entries) if (e.invoice) marked.set(e.invoice, (marked.get(e.invoice) ?? 0) + 1);
  const shown = read.invoices.filter((i) => !client || i.clients.includes(client));
  const dups = duplicateNumbers(read.invoices);
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
        entriesMarked: marked.get(i.id) ?? 0,
        file: i.file,
      })),
      duplicateNumbers: dups,
    });
  } else {
    if (!shown.length) ctx.out('No invoices yet. `tt invoice create --client NAME --last-month` makes one.\n');
    for (const i of shown) {
      const m = marked.get(i.id) ?? 0;
      const marks = i.source === 'tt' ? (m === i.entries.length ? '' : `  [${m} of ${i.entries.length} entries still marked]`) : `  [imported from ${i.file}]`;
      ctx.out(`${describeInvoice(i)}${marks}\n`);
    }
    for (const n of dups) ctx.err(`tt: warning: the number ${n} is used by more than one invoice (made on different machines)\n`);
  }
  return read.damaged.length ? 3 : damagedExit(h);
}
