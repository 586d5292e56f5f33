// Which invoices an audit checks, and over which period, per client:
//   - default: per client, the period of its most recent invoice (by issue date), and every active
//     invoice of that client overlapping it;
//   - --invoice A,B: those invoices (stored ones by number or id, or one invoice file: tt CSV,
//     Toggl, Harvest, Clockify, read without recording it), over --period or their recorded periods;
//   - --period alone: every active invoice overlapping it, and every billable client with work in it
//     (with no invoice, all tracked time counts as tracked but not invoiced).
// Voided invoices and cancellation documents count as zero: they are never audited.
import { count } from '../../core/plural.ts';
import { basename, resolve } from 'node:path';
import type { Ctx } from '../../platform/context.ts';
import { readUserText } from '../../platform/user-file.ts';
import type { Client } from '../../core/client.ts';
import { DataError, UsageError } from '../../core/errors.ts';
import type { DayRange } from '../../core/ranges.ts';
import type { Book } from '../../invoices/book.ts';
import { findInvoice } from '../../invoices/find.ts';
import { mapImport } from '../../invoices/imported.ts';
import type { Invoice } from '../../invoices/model.ts';
import { parseExport } from '../../invoices/parse-export.ts';
import { auditPeriod, type AuditPeriod } from './period.ts';

export interface AuditScopeChoice {
  client: string;
  period: AuditPeriod;
  /** The invoices audited for this client, oldest first. */
  invoices: Invoice[];
}

export interface Selection {
  scopes: AuditScopeChoice[];
  /** An invoice file audited without recording it (its lines are not linked to entries). */
  file: Invoice | null;
  /** `period`: one period was given (--period); `latest`: each client's most recent invoice decided. */
  mode: 'latest' | 'invoices' | 'period';
}

export function overlaps(inv: Invoice, p: DayRange): boolean {
  if (inv.from && inv.to) return inv.from <= p.to && inv.to >= p.from;
  return inv.lines.some((l) => l.date !== null && l.date >= p.from && l.date <= p.to);
}

const byIssue = (a: Invoice, b: Invoice): number => a.issued.localeCompare(b.issued) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

function active(book: Book): Invoice[] {
  return book.invoices.filter((i) => i.kind === 'invoice' && book.statuses.get(i.id)?.active).sort(byIssue);
}

function periodOf(inv: Invoice, client: string | null): AuditPeriod {
  return auditPeriod(null, { from: inv.from, to: inv.to }, inv.lines.filter((l) => client === null || l.client === client).map((l) => l.date));
}

/** Plain `tt audit`: per client, its most recent invoice's period and every invoice overlapping it. */
export function selectLatest(book: Book): Selection {
  const invoices = active(book);
  if (!invoices.length && book.damaged.length) {
    throw new DataError(
      `${count(book.damaged.length, 'invoice file')} ${book.damaged.length === 1 ? 'is' : 'are'} damaged (named above), so tt cannot tell which invoice is the most recent`,
      'Name the invoice (`tt audit --invoice NUMBER`) or the period (--period), and restore the damaged file from a backup or the sync remote; `tt doctor` lists every damaged file.',
    );
  }
  if (!invoices.length) {
    throw new UsageError('there is no invoice to audit yet', 'Give a period (`tt audit --period 2026-11-02..2026-11-08` audits tracked work before it is invoiced), an invoice file (`tt audit --invoice FILE`), or make one with `tt invoice create`.');
  }
  const clients = [...new Set(invoices.flatMap((i) => i.clients))].sort();
  const scopes = clients.map((client) => {
    const own = invoices.filter((i) => i.clients.includes(client));
    const latest = own[own.length - 1]!;
    const period = periodOf(latest, client);
    return { client, period, invoices: own.filter((i) => overlaps(i, period)) };
  });
  return { scopes, file: null, mode: 'latest' };
}

/** --invoice A,B (stored invoices). */
export function selectInvoices(book: Book, refs: readonly string[], given: DayRange | null): Selection {
  const chosen: Invoice[] = [];
  for (const ref of refs) {
    const inv = findInvoice(book.invoices, ref, book.damaged);
    const s = book.statuses.get(inv.id)!;
    if (inv.kind === 'cancellation') throw new UsageError(`${inv.number} is a cancellation document (of ${inv.cancels?.number}); it counts as zero and is not audited`, 'Audit the invoices that bill the work.');
    if (!s.active) {
      const next = s.voided?.reissue ? book.invoices.find((i) => i.id === s.voided!.reissue) : undefined;
      throw new UsageError(`${inv.number} is voided: it counts as zero and is not audited`, next ? `Audit its correction: tt audit --invoice ${next.number}` : 'Audit the period instead: tt audit --period FROM..TO');
    }
    if (!chosen.includes(inv)) chosen.push(inv);
  }
  chosen.sort(byIssue);
  return { scopes: scopesFor(chosen, given), file: null, mode: given ? 'period' : 'invoices' };
}

function scopesFor(invoices: readonly Invoice[], given: DayRange | null): AuditScopeChoice[] {
  const clients = [...new Set(invoices.flatMap((i) => i.clients))].sort();
  return clients.map((client) => {
    const own = invoices.filter((i) => i.clients.includes(client));
    const periods = own.map((i) => periodOf(i, client));
    const period: AuditPeriod = given
      ? { ...given, source: 'given' }
      : { from: periods.map((p) => p.from).sort()[0]!, to: periods.map((p) => p.to).sort().reverse()[0]!, source: periods.some((p) => p.source === 'assumed') ? 'assumed' : 'recorded' };
    return { client, period, invoices: own };
  });
}

/** --period alone: the invoices overlapping it, and every billable client with work in it. */
export function selectPeriod(book: Book, given: DayRange, clientsWithWork: readonly string[], clients: readonly Client[]): Selection {
  const invoices = active(book).filter((i) => overlaps(i, given));
  const billable = clientsWithWork.filter((c) => clients.find((x) => x.name === c)?.billable !== false);
  const names = [...new Set([...invoices.flatMap((i) => i.clients), ...billable])].sort();
  return { scopes: names.map((client) => ({ client, period: { ...given, source: 'given' }, invoices: invoices.filter((i) => i.clients.includes(client)) })), file: null, mode: 'period' };
}

/** An invoice file, read as an unrecorded invoice (never linked, never numbered). */
export function readInvoiceFile(ctx: Ctx, ref: string, clients: readonly Client[], given: DayRange | null, tz: string): Invoice | null {
  const path = resolve(ctx.cwd, ref);
  // Anything on disk by that name but a folder is read as a file (a FIFO or a device is refused there).
  if (!ctx.fs.existsSync(path) || ctx.fs.statSync(path).isDirectory()) return null;
  const read = readUserText(path, ref, { hint: 'Give an invoice file (tt CSV, Toggl, Harvest, Clockify), or a stored invoice number.' });
  if (read.note) ctx.err(`tt: warning: ${read.note}\n`);
  const parsed = parseExport(read.text, ref);
  const mapped = mapImport(parsed, { clients, period: given, tz });
  if (!mapped.lines.length) throw new UsageError(`${ref}: no billable lines to audit`, '`tt invoice show` shows its lines; an invoice with hours and amounts can be audited.');
  return {
    id: ref,
    number: basename(ref),
    series: null,
    kind: 'invoice',
    source: parsed.format,
    clients: [...new Set(mapped.lines.map((l) => l.client))].sort(),
    from: null,
    to: null,
    issued: '',
    createdAt: '',
    due: null,
    lines: mapped.lines,
    tax: [],
    totals: [],
    credit: [],
    cancels: null,
    supplements: [],
    group: 'day',
    entries: [],
    action: null,
    file: basename(ref),
    sha256: null,
    sender: '',
    footer: '',
    device: '',
  };
}

export function selectFile(file: Invoice, given: DayRange | null): Selection {
  const period = auditPeriod(given, { from: null, to: null }, file.lines.map((l) => l.date));
  return { scopes: file.clients.map((client) => ({ client, period, invoices: [file] })), file, mode: 'invoices' };
}
