// Invoiced entries do not change behind their invoice's back: edit, delete and undo of an entry an
// active invoice bills are refused with the invoice's number. With --force the change is made, and
// a note record on each such invoice says it no longer matches its entries (the invoice file itself,
// a record, stays as it was).
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import type { Entry } from '../core/events.ts';
import { localDate } from '../core/time.ts';
import type { Store } from '../store/store.ts';
import type { StoreTx } from '../store/store-tx.ts';
import { readBook } from './book.ts';
import { coverageOf } from './coverage.ts';
import type { Invoice } from './model.ts';
import { record } from './record.ts';

export interface Guarded {
  /** In the command's transaction: appends the notes (with --force), or does nothing. */
  note: (tx: StoreTx) => void;
  invoices: Invoice[];
}

const NONE: Guarded = { note: () => {}, invoices: [] };

/** The active invoices billing any of `ids`. */
export async function invoicesBilling(ctx: Ctx, store: Store, entries: readonly Entry[], ids: readonly string[]): Promise<Map<string, Invoice[]>> {
  if (!ctx.fs.existsSync(store.p.invoices)) return new Map();
  const book = await readBook(ctx.fs, store.p.invoices, localDate(ctx.now(), store.tz()));
  // A damaged invoice file bills the entry ids still legible in it (book.ts): those are refused too.
  const cov = coverageOf(book.statuses.values(), entries);
  const out = new Map<string, Invoice[]>();
  for (const id of ids) {
    const list = cov.get(id)?.map((b) => b.invoice);
    if (list?.length) out.set(id, list);
  }
  return out;
}

/**
 * `what`: "edit" or "delete". Without `force`, an invoiced entry is refused (exit 2) naming its
 * invoices; with it, returns the notes to record with the change.
 */
export async function guardInvoiced(ctx: Ctx, store: Store, entries: readonly Entry[], entry: Entry, what: 'edit' | 'delete', force: boolean | undefined, label: string): Promise<Guarded> {
  const billing = (await invoicesBilling(ctx, store, entries, [entry.id])).get(entry.id);
  if (!billing?.length) return NONE;
  const numbers = billing.map((i) => i.number).join(', ');
  if (!force) {
    throw new UsageError(
      `${label} is on invoice ${numbers}; to ${what} it would make the invoice disagree with the entries it bills`,
      `\`tt invoice void ${billing[0]!.number}\` takes the invoice back (its entries are free again; --reissue bills them anew), or give --force to ${what} it anyway (the invoice then carries a note that it no longer matches).`,
    );
  }
  const on = localDate(ctx.now(), store.tz());
  const text = `entry ${entry.id} (${label}) was ${what === 'edit' ? 'edited' : 'deleted'} with --force after this invoice billed it; the invoice no longer matches its entries`;
  return { invoices: billing, note: (tx) => void record(store, tx, billing.map((i) => ({ invoice: i.id, kind: 'note' as const, on, entry: entry.id, text }))) };
}
