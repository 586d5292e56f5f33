// One-line accounts of an invoice for messages and `tt invoice list`, and its title on a document.
import { formatMoney } from '../core/money.ts';
import type { Invoice } from './model.ts';

export function periodText(inv: Pick<Invoice, 'from' | 'to'>): string {
  return inv.from && inv.to ? `${inv.from}..${inv.to}` : 'no period';
}

export function totalsText(inv: Invoice): string {
  if (!inv.totals.length) return 'nothing billed';
  return inv.totals.map((t) => `${t.hours.toFixed(2)} h, ${formatMoney(t.gross, t.currency)}${t.tax ? ` (tax ${formatMoney(t.tax, t.currency)})` : ''}`).join('; ');
}

export function describeInvoice(inv: Invoice): string {
  const lines = `${inv.lines.length} line${inv.lines.length === 1 ? '' : 's'}`;
  const what = inv.kind === 'cancellation' && inv.cancels ? `${inv.number} (cancellation of ${inv.cancels.number})` : inv.number;
  return `${what} for ${inv.clients.join(', ') || 'no client'}, ${periodText(inv)}: ${lines}, ${totalsText(inv)}`;
}

/**
 * The document's title. A cancellation is "Cancellation of invoice N of DATE", never "credit note":
 * in German VAT law (§14 UStG) that word means a self-billed invoice.
 */
export function invoiceTitle(inv: Invoice): string {
  if (inv.kind === 'cancellation' && inv.cancels) return `Cancellation of invoice ${inv.cancels.number} of ${inv.cancels.issued}`;
  return `Invoice ${inv.number}`;
}

/** "Supplement to invoice 2026-A001": printed when the invoice bills days an earlier one billed too. */
export function supplementText(inv: Invoice): string {
  if (!inv.supplements.length) return '';
  const refs = inv.supplements.map((s) => `${s.number} of ${s.issued}`);
  return `Supplement to invoice${refs.length > 1 ? 's' : ''} ${refs.join(', ')}`;
}
