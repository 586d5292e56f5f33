// What `tt report` gets from the invoices: the tracked time no invoice bills (an entry an invoice
// bills in part keeps only its unbilled tail), and one invoiced line per invoice line in the range,
// with the hours and money the invoice recorded. Nothing is priced again from today's rates, so a
// rate changed after an invoice never changes what the report says it billed. Only the part of a
// line that bills tracked entries counts (an imported line linked to 2 of its 3 hours counts 2/3),
// so the report stays a report of tracked time. Pure.
import type { Entry } from '../core/events.ts';
import { toCents } from '../core/money.ts';
import type { DayRange } from '../core/ranges.ts';
import type { InvoicedLine } from '../report/invoiced.ts';
import { dayCutter } from './build.ts';
import { billedHours, coverageOf, entryHours, type Coverage } from './coverage.ts';
import { shares } from './group.ts';
import { isLegacy, type Cover, type Invoice, type InvoiceLine } from './model.ts';
import type { InvoiceStatus } from './status.ts';

export interface ReportPart {
  entries: Entry[];
  invoiced: InvoicedLine[];
}

const EPS = 1e-4;

/** The entries with the hours an invoice bills taken off, and no invoice mark left on them. */
export function unbilledPart(entries: readonly Entry[], cov: Coverage): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    const billed = e.end === null ? 0 : billedHours(cov, e.id);
    if (billed > 0 && billed >= entryHours(e) - EPS) continue;
    const copy: Entry = { ...e, start: e.start + Math.round(billed * 3_600_000) };
    delete copy.invoice;
    out.push(copy);
  }
  return out;
}

/** Each line's share of an invoice's money in one currency, in cents, adding up to `total` exactly. */
function perLine(inv: Invoice, currency: string, total: number, weight: (l: InvoiceLine) => number): Map<InvoiceLine, number> {
  const lines = inv.lines.filter((l) => l.currency === currency);
  const cut = shares(total, lines.map(weight));
  return new Map(lines.map((l, i) => [l, cut[i]!]));
}

export function reportPart(statuses: Iterable<InvoiceStatus>, entries: readonly Entry[], range: DayRange, tz: string): ReportPart {
  const all = [...statuses];
  const cov = coverageOf(all, entries);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const dayOf = dayCutter(tz);
  const invoiced: InvoicedLine[] = [];
  for (const s of all) {
    const inv = s.invoice;
    if (!s.active || inv.kind !== 'invoice') continue;
    if (!inv.lines.some((l) => l.date !== null && l.date >= range.from && l.date <= range.to)) continue;
    const tax = new Map<InvoiceLine, number>();
    const paid = new Map<InvoiceLine, number>();
    const open = new Map<InvoiceLine, number>();
    for (const t of inv.totals) {
      for (const [l, c] of perLine(inv, t.currency, toCents(t.tax), (x) => toCents(x.amount ?? 0))) tax.set(l, c);
      const b = s.balances.find((x) => x.currency === t.currency);
      const gross = (x: InvoiceLine): number => toCents(x.amount ?? 0) + (tax.get(x) ?? 0);
      for (const [l, c] of perLine(inv, t.currency, toCents((b?.paid ?? 0) + (b?.credit ?? 0)), gross)) paid.set(l, c);
      for (const [l, c] of perLine(inv, t.currency, toCents(b?.open ?? 0), gross)) open.set(l, c);
    }
    inv.lines.forEach((l, index) => {
      if (l.date === null || l.date < range.from || l.date > range.to) return;
      const covers = coversOf(inv, s, l, index, entries, dayOf);
      const coveredHours = covers.reduce((n, c) => n + c.hours, 0);
      // tt's own lines bill what they say, whatever became of their entries; a line of an imported
      // or older invoice counts for the tracked hours it is linked to.
      const own = inv.source === 'tt' && !isLegacy(inv);
      const f = own ? 1 : Math.min(1, coveredHours / ((l.trackedHours ?? l.hours) || 1));
      if (f <= EPS) return;
      const tracked = own ? (l.trackedHours ?? l.hours) : coveredHours;
      invoiced.push({
        client: l.client,
        project: projectOf(l, covers, byId, own),
        day: l.date,
        trackedMs: tracked * 3_600_000,
        billedMinutes: l.hours * f * 60,
        currency: l.currency,
        netCents: Math.round(toCents(l.amount ?? 0) * f),
        taxCents: Math.round((tax.get(l) ?? 0) * f),
        paidCents: Math.round((paid.get(l) ?? 0) * f),
        openCents: Math.round((open.get(l) ?? 0) * f),
        tags: tagShares(covers, byId),
      });
    });
  }
  return { entries: unbilledPart(entries, cov), invoiced };
}

/** The entries one line bills: its covers, a link record's, or (older invoices) the entries marked with it on its day. */
function coversOf(inv: Invoice, s: InvoiceStatus, l: InvoiceLine, index: number, entries: readonly Entry[], dayOf: (t: number) => string): Cover[] {
  if (isLegacy(inv)) {
    return entries.filter((e) => e.invoice === inv.id && e.client === l.client && (e.project ?? null) === l.project && e.end !== null && dayOf(e.start) === l.date).map((e) => ({ entry: e.id, hours: entryHours(e) }));
  }
  return [...(l.covers ?? []), ...s.links.filter((k) => k.line === index)];
}

/** An imported line takes the project of the entries it bills (tt's own names), the one with most hours. */
function projectOf(l: InvoiceLine, covers: readonly Cover[], byId: Map<string, Entry>, own: boolean): string | undefined {
  if (own || !covers.length) return l.project ?? undefined;
  const hours = new Map<string, number>();
  for (const c of covers) {
    const p = byId.get(c.entry)?.project ?? '';
    hours.set(p, (hours.get(p) ?? 0) + c.hours);
  }
  const best = [...hours].sort((a, b) => b[1] - a[1])[0]![0];
  return best || undefined;
}

/** Each tag's share of the hours of the entries a line bills (an entry with two tags counts for both). */
function tagShares(covers: readonly Cover[], byId: Map<string, Entry>): InvoicedLine['tags'] {
  const total = covers.reduce((n, c) => n + c.hours, 0);
  if (total <= 0) return [];
  const hours = new Map<string | null, number>();
  for (const c of covers) {
    const tags = byId.get(c.entry)?.tags ?? [];
    for (const t of tags.length ? [...new Set(tags)] : [null]) hours.set(t, (hours.get(t) ?? 0) + c.hours);
  }
  return [...hours].map(([tag, h]) => ({ tag, share: h / total }));
}
