// Entries as log and export show them: each with the invoice that bills it, read from the invoice
// records (coverage.ts), never from a mark an old invoice left or a voided one still carries.
import type { Ctx } from '../platform/context.ts';
import type { Entry } from '../core/events.ts';
import { localDate } from '../core/time.ts';
import type { Store } from '../store/store.ts';
import { readBook, reportBook, type Book } from './book.ts';
import { billedHours, coverageOf, entryHours, markInvoiced, type Coverage } from './coverage.ts';
import { hoursText } from './hours-text.ts';

export interface Marked {
  entries: Entry[];
  cov: Coverage;
  book: Book;
}

export async function markedEntries(ctx: Ctx, store: Store, entries: readonly Entry[]): Promise<Marked> {
  const book = await readBook(ctx.fs, store.p.invoices, localDate(ctx.now(), store.tz()));
  reportBook(ctx, book);
  const cov = coverageOf(book.statuses.values(), entries);
  return { entries: markInvoiced(entries, cov), cov, book };
}

/** " [invoiced 2026-A001]", or with the hours when an invoice bills part of the entry. */
export function invoicedLabel(m: Marked, e: Entry): string {
  const list = m.cov.get(e.id);
  if (!list?.length) return '';
  const numbers = list.map((b) => b.invoice.number).join(', ');
  const billed = billedHours(m.cov, e.id);
  const whole = e.end === null || billed >= entryHours(e) - 1e-4;
  return ` [invoiced ${numbers}${whole ? '' : `: ${hoursText(billed)} of ${hoursText(entryHours(e))}`}]`;
}
