// Which entries are billed, and how many of their hours, read from the invoice records: each line of
// an active invoice names the entries it bills (`covers`), an imported invoice linked later has them
// in a link record, and an invoice written before tt kept covers bills the entries whose mark still
// names it (so a `tt undo` of that marking, made back then, still counts). A voided invoice bills
// nothing, so its entries are free again. Pure.
import type { Entry } from '../core/events.ts';
import { isLegacy, type Invoice } from './model.ts';
import type { InvoiceStatus } from './status.ts';

export interface Billed {
  invoice: Invoice;
  hours: number;
}

export type Coverage = Map<string, Billed[]>;

const EPS = 0.0001;

export function entryHours(e: Entry): number {
  return e.end === null ? 0 : (e.end - e.start) / 3_600_000;
}

export function coverageOf(statuses: Iterable<InvoiceStatus>, entries: readonly Entry[]): Coverage {
  const cov: Coverage = new Map();
  const add = (entry: string, invoice: Invoice, hours: number): void => {
    const list = cov.get(entry);
    const same = list?.find((b) => b.invoice === invoice);
    if (same) same.hours += hours;
    else if (list) list.push({ invoice, hours });
    else cov.set(entry, [{ invoice, hours }]);
  };
  const legacy = new Map<string, Invoice>();
  for (const s of statuses) {
    if (!s.active) continue;
    const inv = s.invoice;
    if (isLegacy(inv)) legacy.set(inv.id, inv);
    for (const l of inv.lines) for (const c of l.covers ?? []) add(c.entry, inv, c.hours);
    for (const c of s.links) add(c.entry, inv, c.hours);
  }
  if (legacy.size) {
    for (const e of entries) {
      const inv = e.invoice ? legacy.get(e.invoice) : undefined;
      if (inv) add(e.id, inv, entryHours(e));
    }
  }
  return cov;
}

export function billedHours(cov: Coverage, entry: string): number {
  return (cov.get(entry) ?? []).reduce((n, b) => n + b.hours, 0);
}

/** Hours of the entry no invoice bills yet. */
export function unbilledHours(cov: Coverage, e: Entry): number {
  const rest = entryHours(e) - billedHours(cov, e.id);
  return rest > EPS ? rest : 0;
}

/** The entries with `invoice` set to the (first) invoice that bills them, as log and export show it. */
export function markInvoiced(entries: readonly Entry[], cov: Coverage): Entry[] {
  return entries.map((e) => {
    const first = cov.get(e.id)?.[0]?.invoice.id;
    if (first === e.invoice) return e;
    const copy = { ...e };
    if (first) copy.invoice = first;
    else delete copy.invoice;
    return copy;
  });
}
