// tt invoice sent REF [--on D]: records that the invoice went to the client.
import type { Ctx } from '../platform/context.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { readBook } from '../invoices/book.ts';
import { dayFlag, findForChange, recordSent } from '../invoices/payments.ts';
import { statusJson } from '../invoices/status-json.ts';

export interface InvoiceSentOptions {
  on?: string;
  json?: boolean;
}

export async function invoiceSent(ctx: Ctx, ref: string, o: InvoiceSentOptions): Promise<number> {
  const store = new Store(ctx);
  const f = await findForChange(ctx, store, ref);
  const on = dayFlag(o.on, store, f.today);
  const { recorded } = recordSent(store, f, on);
  const after = (await readBook(ctx.fs, store.p.invoices, f.today)).statuses.get(f.invoice.id)!;
  if (o.json) printJson(ctx.out, statusJson(after));
  else ctx.out(recorded ? `Recorded: invoice ${f.invoice.number} sent on ${on}${f.invoice.due ? `, due ${f.invoice.due}` : ''}.\n` : `Invoice ${f.invoice.number} is recorded as sent on ${f.status.sent} already; nothing was recorded.\n`);
  return f.book.damaged.length ? 3 : 0;
}
