// tt invoice paid REF [--on D] [--amount N] [--settle REASON] [--credit]: records a payment.
import type { Ctx } from '../platform/context.ts';
import { formatMoney } from '../core/money.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { readBook } from '../invoices/book.ts';
import { dayFlag, findForChange, recordPaid } from '../invoices/payments.ts';
import { stateText } from '../invoices/status.ts';
import { statusJson } from '../invoices/status-json.ts';

export interface InvoicePaidOptions {
  on?: string;
  amount?: string;
  currency?: string;
  settle?: string;
  credit?: boolean;
  json?: boolean;
}

export async function invoicePaid(ctx: Ctx, ref: string, o: InvoicePaidOptions): Promise<number> {
  const store = new Store(ctx);
  const f = await findForChange(ctx, store, ref);
  const on = dayFlag(o.on, store, f.today);
  const paid = recordPaid(store, f, { on, amount: o.amount, currency: o.currency, settle: o.settle, credit: o.credit });
  const after = (await readBook(ctx.fs, store.p.invoices, f.today)).statuses.get(f.invoice.id)!;
  if (o.json) printJson(ctx.out, statusJson(after));
  else {
    const m = (n: number): string => formatMoney(n, paid.currency);
    const b = after.balances.find((x) => x.currency === paid.currency)!;
    const rest = b.open > 0 ? `: ${m(b.paid)} paid, ${m(b.open)} open` : `: ${stateText(after)}`;
    const extra = [paid.settled ? `${m(paid.settled)} written off (${o.settle?.trim()})` : '', paid.credit ? `${m(paid.credit)} is ${f.invoice.clients[0]}'s credit, taken off their next invoice` : ''].filter(Boolean);
    ctx.out(`Recorded a payment of ${m(paid.amount)} on invoice ${f.invoice.number} (${on})${rest}${extra.length ? `; ${extra.join('; ')}` : ''}.\n`);
  }
  return f.book.damaged.length ? 3 : 0;
}
