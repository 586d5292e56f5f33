// Prices report lines of work not invoiced yet: each line's client, at the terms in force on the
// line's day (rate, currency, rounding), rounded per line (when asked) by the client's own rule.
// Invoiced work is not priced here: its money comes from the invoices (invoiced.ts). Money is kept
// in integer cents from here on.
import { findClient, type Client } from '../core/client.ts';
import { termsOn } from '../core/client-terms.ts';
import { price, toCents } from '../core/money.ts';
import { roundMinutes } from '../core/rounding.ts';
import type { Line } from './lines.ts';

export interface PricedLine extends Line {
  /** Minutes on the line, after the client's rounding when the report is rounded. */
  minutes: number;
  billable: boolean;
  /** null: not billable, or billable but without a known client or a rate on that day. */
  currency: string | null;
  rate: number | null;
  /** Net money: what it billed (invoiced), or its value at the client's terms (not invoiced). */
  cents: number;
  /** Invoiced lines only (0 otherwise): tax, money received, and money still to be paid. */
  taxCents: number;
  paidCents: number;
  openCents: number;
}

export function priceLines(lines: readonly Line[], clients: readonly Client[], rounded: boolean): PricedLine[] {
  const byName = new Map<string, Client | undefined>();
  const clientOf = (name: string): Client | undefined => {
    if (!byName.has(name)) byName.set(name, findClient(clients, name));
    return byName.get(name);
  };
  const out: PricedLine[] = [];
  for (const l of lines) {
    const c = clientOf(l.client);
    const raw = l.ms / 60_000;
    const t = c ? termsOn(c, l.day) : null;
    const minutes = rounded && t ? roundMinutes(raw, { incrementMin: t.roundMin, mode: t.roundMode }) : raw;
    // A client tt no longer knows (removed with --force) still counts its hours, as billable but unpriced.
    const billable = c ? c.billable : true;
    const rate = t && billable ? t.rate : null;
    const currency = rate === null ? null : t!.currency;
    const cents = rate === null ? 0 : toCents(price(minutes / 60, rate));
    out.push({ client: l.client, project: l.project, day: l.day, invoiced: l.invoiced, tag: l.tag, ms: l.ms, minutes, billable, currency, rate, cents, taxCents: 0, paidCents: 0, openCents: 0 });
  }
  return out;
}
