// One-line accounts of an invoice for messages and `tt invoice list`.
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
  return `${inv.number} for ${inv.clients.join(', ') || 'no client'}, ${periodText(inv)}: ${lines}, ${totalsText(inv)}`;
}
