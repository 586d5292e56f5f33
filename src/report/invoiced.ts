// Invoiced work as the report counts it: read from the invoice records, never priced again from
// today's rates. One line per invoice line (client, project, day), with the hours it billed and its
// net, tax, paid and open money, already cut to the part that bills tracked entries. Plain data:
// src/invoices/report-input.ts builds it; a `--rate` change after the invoice cannot touch it.
import type { DateString } from '../core/time.ts';
import type { PricedLine } from './pricing.ts';

export interface InvoicedLine {
  client: string;
  project?: string;
  day: DateString;
  /** The tracked time it bills, and the hours it billed (rounded by the client's rule). */
  trackedMs: number;
  billedMinutes: number;
  currency: string;
  netCents: number;
  taxCents: number;
  /** Received (payments and credit), and still to be paid, as the line's share of its invoice's. */
  paidCents: number;
  openCents: number;
  /** Share of the line's hours per tag of the entries it bills (null: entries without a tag). */
  tags: { tag: string | null; share: number }[];
}

/** The report's priced lines for invoiced work; by tag, each line is split by its tags' share of its hours. */
export function invoicedLines(lines: readonly InvoicedLine[], rounded: boolean, byTag: boolean): PricedLine[] {
  const out: PricedLine[] = [];
  for (const l of lines) {
    const minutes = rounded ? l.billedMinutes : l.trackedMs / 60_000;
    const parts = byTag ? (l.tags.length ? l.tags : [{ tag: null, share: 1 }]) : [{ tag: undefined, share: 1 }];
    for (const p of parts) {
      out.push({
        client: l.client,
        project: l.project,
        day: l.day,
        invoiced: true,
        tag: p.tag,
        ms: l.trackedMs * p.share,
        minutes: minutes * p.share,
        billable: true,
        currency: l.currency,
        rate: null,
        cents: Math.round(l.netCents * p.share),
        taxCents: Math.round(l.taxCents * p.share),
        paidCents: Math.round(l.paidCents * p.share),
        openCents: Math.round(l.openCents * p.share),
      });
    }
  }
  return out;
}
