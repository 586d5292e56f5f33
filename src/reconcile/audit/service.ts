// `tt audit` as a service: choose the invoices and periods (invoice-source.ts), read the evidence
// over them with `reconcileRange` (the sequence reconcile and review share), read what is billed from
// the invoice records, and run the arithmetic (audit.ts) per client.
import type { Ctx } from '../../platform/context.ts';
import { findClient, type Client } from '../../core/client.ts';
import { termsOn } from '../../core/client-terms.ts';
import type { Entry } from '../../core/events.ts';
import type { DayRange } from '../../core/ranges.ts';
import { localDate } from '../../core/time.ts';
import { readClients } from '../../store/clients-file.ts';
import type { Store, Tracked } from '../../store/store.ts';
import { readBook, reportBook, type Book } from '../../invoices/book.ts';
import { billableEntries, billingUnits, dayCutter } from '../../invoices/build.ts';
import { coverageOf } from '../../invoices/coverage.ts';
import { linkLines, withCovers } from '../../invoices/link.ts';
import type { Invoice } from '../../invoices/model.ts';
import type { InvoiceStatus } from '../../invoices/status.ts';
import { dayBounds } from '../rules/days.ts';
import type { Interval } from '../rules/types.ts';
import { reconcileRange } from '../run.ts';
import type { Result } from '../reconcile.ts';
import { hours } from '../../core/duration.ts';
import { trackedShortIds } from '../../store/load.ts';
import { auditClients, type AuditLine, type AuditResult, type ClientScope, type TrackedUnit } from './audit.ts';
import { readInvoiceFile, selectFile, selectInvoices, selectLatest, selectPeriod, type Selection } from './invoice-source.ts';

export interface AuditRequest {
  invoice?: string;
  period: DayRange | null;
  tolerancePct: number;
}

export interface AuditReport {
  selection: Selection;
  tz: string;
  tolerancePct: number;
  audit: AuditResult<Interval[]>;
  reconciled: Result;
  /** Invoice files or record lines that could not be read: the audit is printed, then exits 3. */
  damaged: number;
  /** Short entry ids, unique over the store, as `tt log` shows them. */
  shortIds: Map<string, string>;
}

function span(sel: Selection): DayRange {
  const froms = sel.scopes.map((s) => s.period.from).sort();
  const tos = sel.scopes.map((s) => s.period.to).sort();
  return { from: froms[0]!, to: tos[tos.length - 1]! };
}

/**
 * The invoices an audit counts as billing entries. An invoice file is audited on its own, as if it
 * were the only invoice (what did this file leave out?): its lines are linked to the entries as an
 * import would link them, and tt's recorded invoices do not count.
 */
function billing(statuses: Map<string, InvoiceStatus>, file: Invoice | null, entries: readonly Entry[], tz: string): InvoiceStatus[] {
  if (!file) return [...statuses.values()];
  const link = linkLines(file.lines, entries, new Map(), tz);
  const linked: Invoice = { ...file, lines: withCovers(file.lines, link) };
  return [{ invoice: linked, state: 'issued', active: true, sent: null, payments: [], settled: [], voided: null, notes: [], links: [], balances: [], daysOverdue: null }];
}

const lineOf = (inv: Invoice) => (l: Invoice['lines'][number]): AuditLine => ({ date: l.date, client: l.client, hours: l.hours, trackedHours: l.trackedHours, rate: l.rate, currency: l.currency, invoice: inv.number });

export async function runAudit(ctx: Ctx, store: Store, req: AuditRequest): Promise<AuditReport> {
  const tz = store.tz();
  const clients = readClients(ctx.fs, store.p.clients);
  const book: Book = await readBook(ctx.fs, store.p.invoices, localDate(ctx.now(), tz));
  reportBook(ctx, book);
  const refs = (req.invoice ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const file = refs.length === 1 ? readInvoiceFile(ctx, refs[0]!, clients, req.period, tz) : null;
  let selection: Selection;
  let reconciled: { result: Result; history: Pick<Tracked, 'entries' | 'others'> };
  if (file) selection = selectFile(file, req.period);
  else if (refs.length) selection = selectInvoices(book, refs, req.period);
  else if (req.period) selection = { scopes: [], file: null, mode: 'period' };
  else selection = selectLatest(book);
  if (selection.mode === 'period' && !refs.length && req.period) {
    // The clients follow from the evidence: read it first, then choose.
    reconciled = await reconcileRange(ctx, store, { range: req.period, clients });
    const withWork = [...new Set(reconciled.result.days.map((d) => d.client))];
    selection = selectPeriod(book, req.period, withWork, clients);
  } else {
    reconciled = await reconcileRange(ctx, store, { range: span(selection), clients });
  }
  const { result, history } = reconciled;
  const statuses = billing(book.statuses, selection.file, history.entries, tz);
  const cov = coverageOf(statuses, history.entries);
  const audited = new Set(selection.scopes.flatMap((s) => s.invoices.map((i) => i.id)));
  const activeOthers = statuses.filter((s) => s.active && s.invoice.kind === 'invoice' && !audited.has(s.invoice.id)).map((s) => s.invoice);
  const dayOf = dayCutter(tz);
  const scopes: ClientScope<Interval[]>[] = selection.scopes.map((choice) => {
    const client = findClient(clients, choice.client);
    const lines = choice.invoices.flatMap((i) => i.lines.filter((l) => l.client === choice.client).map(lineOf(i)));
    const elsewhere = activeOthers.flatMap((i) => i.lines.filter((l) => l.client === choice.client && l.date !== null && l.date >= choice.period.from && l.date <= choice.period.to).map(lineOf(i)));
    return {
      client: choice.client,
      period: choice.period,
      invoices: choice.invoices.map((i) => (i === selection.file ? i.file ?? i.number : i.number)),
      lines,
      elsewhere,
      units: client ? unitsOf(client, history.entries, choice.period, tz, cov) : [],
      gaps: gapsOf(result, choice.client, choice.period, tz, dayOf),
      rateOn: (day) => (client ? termsOn(client, day).rate : null),
      currency: client ? termsOn(client, choice.period.to).currency : null,
    };
  });
  const evidence = result.days.map((d) => ({ date: d.date, client: d.client, evidenceHours: hours(d.evidenceMs) }));
  return { selection, tz, tolerancePct: req.tolerancePct, audit: auditClients(scopes, evidence, req.tolerancePct), reconciled: result, damaged: book.damaged.length, shortIds: trackedShortIds(history) };
}

/** What `tt invoice create --unbilled` would bill for the client over the period, with its entries. */
function unitsOf(client: Client, entries: readonly Entry[], period: DayRange, tz: string, cov: ReturnType<typeof coverageOf>): TrackedUnit[] {
  const { entries: own } = billableEntries(entries, client.name, period, tz);
  if (!client.billable) return [];
  const byId = new Map(own.map((e) => [e.id, e]));
  return billingUnits(own, client, tz, cov)
    .filter((u) => u.line !== null)
    .map((u) => {
      const l = u.line!;
      return {
        date: u.date,
        project: u.project,
        hours: l.hours,
        amount: l.amount,
        currency: l.currency,
        entries: (l.covers ?? []).map((c) => {
          const e = byId.get(c.entry)!;
          return { id: e.id, start: e.start, end: e.end!, hours: c.hours, note: e.note ?? null };
        }),
      };
    });
}

/** Gaps of the client starting in the period, cut into the days they touch. */
function gapsOf(result: Result, client: string, period: DayRange, tz: string, dayOf: (t: number) => string) {
  const bounds = dayBounds(period.from, period.to, tz);
  return result.gaps
    .filter((g) => g.client === client && dayOf(g.start) >= period.from && dayOf(g.start) <= period.to)
    .map((g) => ({
      start: g.start,
      end: g.end,
      sources: g.sources,
      days: bounds.map((b) => ({ date: b.date, hours: Math.max(0, Math.min(g.end, b.end) - Math.max(g.start, b.start)) / 3_600_000 })).filter((d) => d.hours > 0),
    }));
}
