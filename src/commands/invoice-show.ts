// tt invoice show [REF] [--format md|csv|html|pdf|json] [--out FILE]: a recorded invoice, rendered again.
import type { Ctx } from '../platform/context.ts';
import { Store } from '../store/store.ts';
import { findInvoice } from '../invoices/find.ts';
import { emitInvoice, invoiceTarget, outputFormat, type OutputFlags } from '../invoices/output.ts';
import { readInvoices } from '../invoices/store.ts';

export type InvoiceShowOptions = OutputFlags;

export async function invoiceShow(ctx: Ctx, ref: string | undefined, o: InvoiceShowOptions): Promise<number> {
  const store = new Store(ctx);
  outputFormat(o);
  const read = await readInvoices(ctx.fs, store.p.invoices);
  for (const d of read.damaged) ctx.err(`tt: ${d.message}\n`);
  const invoice = findInvoice(read.invoices, ref, read.damaged);
  const out = await emitInvoice(ctx, invoice, o, invoiceTarget(ctx, o));
  if (out && !o.json) ctx.out(`Wrote invoice ${invoice.number} to ${out}.\n`);
  return read.damaged.length ? 3 : 0;
}
