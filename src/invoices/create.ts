// Making an invoice from tracked time: the service behind `tt invoice create` and `tt invoice void
// --reissue`. Plain: bills the client's entries of the period, refused when an earlier invoice
// billed some of them already. Unbilled: bills exactly what no invoice bills yet, unit by unit
// (build.ts), and says so when there is nothing (exit 0). Under the lock, with history and the
// invoices as they are then, none of its entries may have been billed since they were read.
import { count } from '../core/plural.ts';
import type { Ctx } from '../platform/context.ts';
import { requireClient, type Client } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import type { Entry } from '../core/events.ts';
import { toCents } from '../core/money.ts';
import type { DayRange } from '../core/ranges.ts';
import { formatLocal, isoUtc, localDate } from '../core/time.ts';
import { readClients } from '../store/clients-file.ts';
import { loadHistory } from '../store/load.ts';
import type { Store } from '../store/store.ts';
import { readBook, readBookWith, type Book } from './book.ts';
import { billableEntries, billingUnits, dayCutter, type Unit } from './build.ts';
import { coverageOf, unbilledHours, type Coverage } from './coverage.ts';
import type { Invoice, InvoiceLine, InvoiceRef, LineGroup } from './model.ts';
import { issue, numberFor, numbering, type Draft } from './record.ts';
import { clientCredit, dueDate } from './status.ts';
import { documentFor } from './document.ts';
import { invoiceTaxPercent, termsDays } from './tax.ts';
import { invoiceTotals } from './totals.ts';

export interface CreateRequest {
  client: string;
  /** null with `unbilled`: every unbilled day up to today. */
  range: DayRange | null;
  unbilled: boolean;
  group: LineGroup;
  /** --tax-mode, --po and --eur-rate for this invoice (the client document, document.ts). */
  taxMode?: string;
  po?: string;
  eurRate?: string;
}

export interface Plan {
  client: Client;
  range: DayRange;
  draft: Draft;
  running: Entry[];
}

/** Why nothing is billed (exit 0 with --unbilled: nothing is left, which is good news). */
export interface Nothing {
  nothing: string;
  running: Entry[];
}

export interface Loaded {
  clients: Client[];
  entries: Entry[];
  book: Book;
  cov: Coverage;
}

/** History, clients and invoices, read for a change: damaged data refuses (exit 3). */
export async function loadForBilling(ctx: Ctx, store: Store): Promise<Loaded> {
  const h = await loadHistory(ctx, store, 'change');
  const book = await readBook(ctx.fs, store.p.invoices, localDate(ctx.now(), store.tz()));
  // A damaged invoice file bills whatever entry ids are still legible in it (book.ts): never twice.
  for (const d of book.damaged) ctx.err(`tt: warning: ${d.message}; the entries still named in it count as billed\n`);
  return { clients: readClients(ctx.fs, store.p.clients), entries: h.entries, book, cov: coverageOf(book.statuses.values(), h.entries) };
}

const refOf = (i: Invoice): InvoiceRef => ({ id: i.id, number: i.number, issued: i.issued });

/** The earliest day of the client's work no invoice bills yet, for `--unbilled` without a period. */
function firstUnbilledDay(entries: readonly Entry[], client: string, cov: Coverage, tz: string): string | null {
  const dayOf = dayCutter(tz);
  for (const e of entries) if (e.client === client && e.end !== null && unbilledHours(cov, e) > 0) return dayOf(e.start);
  return null;
}

export function planInvoice(store: Store, loaded: Loaded, req: CreateRequest): Plan | Nothing {
  const tz = store.tz();
  const now = store.ctx.now();
  const today = localDate(now, tz);
  const client = requireClient(loaded.clients, req.client);
  if (!client.billable) throw new UsageError(`${client.name} is not billable`, `\`tt client set ${client.name} --billable\` if it should be.`);
  const { cov } = loaded;
  let range = req.range;
  if (!range) {
    const first = firstUnbilledDay(loaded.entries, client.name, cov, tz);
    if (!first) return { nothing: `Nothing to bill: every finished entry of ${client.name} up to ${today} is on an invoice already.`, running: [] };
    range = { from: first, to: today };
  }
  const { entries, running } = billableEntries(loaded.entries, client.name, range, tz);
  const span = `from ${range.from} to ${range.to}`;
  if (!entries.length) {
    if (req.unbilled) return { nothing: `Nothing to bill: no finished entries of ${client.name} ${span}.`, running };
    throw new UsageError(`no tracked time for ${client.name} ${span}`, '`tt log --client NAME` shows what is tracked.');
  }
  const units = billingUnits(entries, client, tz, cov);
  if (!req.unbilled) refuseBilledAlready(entries, cov, client.name, span);
  const lines = units.map((u) => u.line).filter((l): l is InvoiceLine => l !== null);
  if (!lines.some((l) => l.hours > 0)) return { nothing: `Nothing to bill for ${client.name} ${span}: ${whyNothing(units)}.`, running };
  const unpriced = lines.find((l) => l.rate === null);
  if (unpriced) throw new UsageError(`${client.name} has no rate on ${unpriced.date}`, `Set one: tt client set ${client.name} --rate N --from ${unpriced.date}`);
  const currencies = [...new Set(lines.map((l) => l.currency))];
  if (currencies.length > 1) {
    const change = lines.find((l) => l.currency !== lines[0]!.currency)!;
    throw new UsageError(`${client.name} is billed in ${currencies.join(' and ')} ${span} (the currency changes by ${change.date}); one invoice bills a client in one currency`, 'Bill the days before and after the change on two invoices (--period).');
  }
  const cfg = store.config();
  const percents = [...new Set(lines.map((l) => invoiceTaxPercent(client, l.date!, cfg, req.taxMode)))];
  if (percents.length > 1) throw new UsageError(`${client.name}'s tax changes ${span}; one invoice has one tax for a client`, 'Bill the days before and after the change on two invoices (--period).');
  const percent = percents[0] ?? null;
  const tax = percent !== null ? [{ client: client.name, percent }] : [];
  const totals = invoiceTotals(lines, tax);
  const period = req.range ?? { from: lines[0]!.date!, to: lines[lines.length - 1]!.date! };
  const issued = today;
  const credit = creditFor(loaded, client.name, totals);
  // The client document (seller, bill-to, terms, tax mode and its wording); refuses what the law would.
  const document = documentFor(client, cfg, { currencies, taxMode: req.taxMode, po: req.po, eurRate: req.eurRate });
  const draft: Draft = {
    id: store.newId(),
    kind: 'invoice',
    source: 'tt',
    clients: [client.name],
    from: period.from,
    to: period.to,
    issued,
    createdAt: isoUtc(now),
    due: dueDate(issued, termsDays(client, cfg)),
    lines,
    tax,
    totals,
    credit,
    cancels: null,
    supplements: supplementsOf(loaded, client.name, period),
    group: req.group,
    entries: [...new Set(lines.flatMap((l) => (l.covers ?? []).map((c) => c.entry)))],
    file: null,
    sha256: null,
    sender: String(cfg['invoice.from'] ?? ''),
    footer: String(cfg['invoice.footer'] ?? ''),
    device: store.device(),
    document,
  };
  return { client, range: period, draft, running };
}

function refuseBilledAlready(entries: readonly Entry[], cov: Coverage, client: string, span: string): void {
  const billed = entries.filter((e) => cov.has(e.id));
  if (!billed.length) return;
  const numbers = [...new Set(billed.flatMap((e) => cov.get(e.id)!.map((b) => b.invoice.number)))].sort();
  throw new UsageError(
    `${billed.length} of ${count(entries.length, 'entry')} of ${client} ${span} are on invoice ${numbers.join(', ')} already`,
    `\`tt invoice create --client ${client} --unbilled\` with the same period bills only what is left; \`tt invoice void ${numbers[0]}\` takes an invoice back.`,
  );
}

function whyNothing(units: readonly Unit[]): string {
  const billed = [...new Set(units.flatMap((u) => u.billedBy))];
  return billed.length ? `everything is billed on invoice ${billed.join(', ')} (rounding included)` : 'the rounding rule leaves nothing';
}

/** Credit from the client's overpayments, up to the invoice's gross, per currency. */
function creditFor(loaded: Loaded, client: string, totals: readonly { currency: string; gross: number }[]): { currency: string; amount: number }[] {
  const credit = clientCredit(loaded.book.statuses.values(), client);
  const out: { currency: string; amount: number }[] = [];
  for (const t of totals) {
    const c = credit.get(t.currency) ?? 0;
    const take = Math.min(toCents(c), toCents(t.gross));
    if (take > 0) out.push({ currency: t.currency, amount: take / 100 });
  }
  return out;
}

/** Earlier active invoices of the client with a billed day inside `period`: this one supplements them. */
function supplementsOf(loaded: Loaded, client: string, period: DayRange): InvoiceRef[] {
  return loaded.book.invoices
    .filter((i) => i.kind === 'invoice' && loaded.book.statuses.get(i.id)?.active && i.clients.includes(client))
    .filter((i) => i.lines.some((l) => l.client === client && l.date !== null && l.date >= period.from && l.date <= period.to))
    .map(refOf);
}

/** For --dry-run: the number it would get, nothing written. */
export function dryRunInvoice(store: Store, plan: Plan): Invoice {
  const n = numbering(store);
  return { ...plan.draft, number: numberFor(n, plan.draft), series: n.series, action: null };
}

/**
 * Under the lock: with history and invoices as they are now, every entry the draft bills must still
 * be unbilled (two invoices made at once for the same time must not both bill it). `freeing`: ids
 * of invoices voided in the same step.
 */
export async function stillUnbilledCheck(store: Store, drafts: readonly Draft[], freeing: readonly string[] = []): Promise<() => void> {
  const { readShards } = await import('../store/read.ts');
  const schemas = await import('./schema.ts');
  return () => {
    const h = store.historyWith(readShards);
    const book = readBookWith(store.ctx.fs, store.p.invoices, localDate(store.ctx.now(), store.tz()), schemas);
    // An invoice being voided in the same step bills nothing any more.
    const statuses = [...book.statuses.values()].map((s) => (freeing.includes(s.invoice.id) ? { ...s, active: false } : s));
    const cov = coverageOf(statuses, h.entries);
    const byId = new Map(h.entries.map((e) => [e.id, e]));
    for (const draft of drafts) {
      const taken = draft.lines.flatMap((l) => l.covers ?? []).filter((c) => {
        const e = byId.get(c.entry);
        return !e || unbilledHours(cov, e) + 1e-4 < c.hours;
      });
      if (taken.length) {
        throw new UsageError(
          `${taken.length} of the entries of ${draft.clients.join(', ')} it bills were put on another invoice while this one was being made; nothing was recorded`,
          '`tt invoice list` shows it; `tt invoice create --unbilled` bills what is left.',
        );
      }
    }
  };
}

/** Records the planned invoice (one transaction: document and series together, or nothing). */
export async function recordPlan(store: Store, plan: Plan): Promise<Invoice> {
  const check = await stillUnbilledCheck(store, [plan.draft]);
  return store.transaction((tx) => {
    check();
    return issue(store, tx, plan.draft, numbering(store));
  });
}

/** The warnings a plan carries: running timers are never billed half-way. */
export function runningWarnings(ctx: Ctx, running: readonly Entry[], tz: string): void {
  for (const r of running) ctx.err(`tt: warning: the timer running since ${formatLocal(r.start, tz)} is left out; stop it and create the invoice again to bill it\n`);
}
