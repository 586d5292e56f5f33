// tt invoice void REF [--on D] [--reason TEXT] [--reissue] [--out FILE]: takes an invoice back.
import { count } from '../core/plural.ts';
import type { Ctx } from '../platform/context.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { readBook } from '../invoices/book.ts';
import { describeInvoice } from '../invoices/describe.ts';
import { emitInvoice, invoiceTarget, outputFormat, type OutputFlags } from '../invoices/output.ts';
import { dayFlag, findForChange } from '../invoices/payments.ts';
import { statusJson } from '../invoices/status-json.ts';
import { voidInvoice } from '../invoices/void.ts';

export interface InvoiceVoidOptions extends OutputFlags {
  on?: string;
  reason?: string;
  reissue?: boolean;
}

export async function invoiceVoid(ctx: Ctx, ref: string, o: InvoiceVoidOptions): Promise<number> {
  const store = new Store(ctx);
  outputFormat(o);
  const f = await findForChange(ctx, store, ref);
  const on = dayFlag(o.on, store, f.today);
  const target = invoiceTarget(ctx, o);
  const done = await voidInvoice(ctx, store, f, { on, reason: o.reason, reissue: o.reissue });
  const after = (await readBook(ctx.fs, store.p.invoices, f.today)).statuses;
  if (o.json) {
    printJson(ctx.out, { voided: statusJson(after.get(f.invoice.id)!), cancellation: done.cancellation, reissue: done.reissue });
    if (target && done.cancellation) await emitInvoice(ctx, done.cancellation, { ...o, json: false }, target);
    return 0;
  }
  const lines: string[] = [];
  if (done.cancellation) lines.push(`Voided invoice ${f.invoice.number}: it was sent (${f.status.sent}), so tt issued the cancellation document ${describeInvoice(done.cancellation)}.`);
  else lines.push(`Voided invoice ${f.invoice.number}: cancelled, never sent. Its number stays used${f.invoice.entries.length ? ', and its entries are free to bill again' : ''}.`);
  if (done.reissue) {
    const carried = after.get(done.reissue.id)!.payments.filter((p) => p.carriedFrom === f.invoice.id).length;
    lines.push(`Issued the corrected invoice ${describeInvoice(done.reissue)}${carried ? `; the ${count(carried, 'payment')} recorded on ${f.invoice.number} count for it` : ''}. \`tt invoice show ${done.reissue.number} --out FILE\` writes it.`);
  }
  const out = done.cancellation ? await emitInvoice(ctx, done.cancellation, o, target) : null;
  if (out) lines.push(`Wrote the cancellation document to ${out}.`);
  // The cancellation document goes to stdout without --out; then the account of it goes to stderr.
  (done.cancellation && !target ? ctx.err : ctx.out)(`${lines.join('\n')}\n`);
  return 0;
}
