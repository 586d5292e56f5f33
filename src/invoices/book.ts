// The invoice book: every invoice document, every status record, and each invoice's status folded
// from them. What every command that reads invoiced work goes through (report, log, audit, list,
// create, edit and delete guards), so all of them agree on what is billed.
import type { Ctx } from '../platform/context.ts';
import type { DataError } from '../core/errors.ts';
import type { DateString } from '../core/time.ts';
import type { Fs } from '../platform/fs.ts';
import type { Invoice } from './model.ts';
import { readRecordsWith, type StatusRecord } from './records.ts';
import type * as Schemas from './schema.ts';
import { foldStatuses, type InvoiceStatus } from './status.ts';
import { readInvoicesWith } from './store.ts';

export interface Book {
  invoices: Invoice[];
  records: StatusRecord[];
  statuses: Map<string, InvoiceStatus>;
  /** Invoice files and record lines that could not be read: reported, the command exits 3. */
  damaged: DataError[];
  unfinished: string[];
}

const EMPTY = (): Book => ({ invoices: [], records: [], statuses: new Map(), damaged: [], unfinished: [] });

export async function readBook(fs: Fs, dir: string, today: DateString): Promise<Book> {
  // No invoices folder: no schemas to load (log and report run without one on most days of a new store).
  if (!fs.existsSync(dir)) return EMPTY();
  return readBookWith(fs, dir, today, await import('./schema.ts'));
}

/** readBook, synchronously (under the lock), with the schemas imported beforehand. */
export function readBookWith(fs: Fs, dir: string, today: DateString, schemas: typeof Schemas): Book {
  if (!fs.existsSync(dir)) return EMPTY();
  const inv = readInvoicesWith(fs, dir, schemas);
  const rec = readRecordsWith(fs, dir, schemas);
  const statuses = foldStatuses(inv.invoices, rec.records, today);
  for (const d of inv.legible) if (d.entries.length) statuses.set(`damaged:${d.file}`, damagedStand(d.file, d.entries));
  return { invoices: inv.invoices, records: rec.records, statuses, damaged: [...inv.damaged, ...rec.damaged], unfinished: rec.unfinished };
}

/**
 * What a damaged invoice file may have billed: every entry id still legible in it counts as billed
 * in full, so no entry is billed twice because its invoice cannot be read. It is a status only
 * (never listed, numbered or reported); its lines have no day, so no report or audit counts money for it.
 */
function damagedStand(file: string, entries: readonly string[]): InvoiceStatus {
  const invoice: Invoice = {
    id: `damaged:${file}`,
    number: `in the damaged file invoices/${file}`,
    series: null,
    kind: 'invoice',
    source: 'tt',
    clients: [],
    from: null,
    to: null,
    issued: '',
    createdAt: '',
    due: null,
    lines: [{ date: null, client: '', project: null, hours: 0, trackedHours: null, rate: null, currency: 'USD', amount: null, description: '', covers: entries.map((entry) => ({ entry, hours: 1e9 })) }],
    tax: [],
    totals: [],
    credit: [],
    cancels: null,
    supplements: [],
    group: 'day',
    entries: [],
    action: null,
    file: null,
    sha256: null,
    sender: '',
    footer: '',
    device: '',
  };
  return { invoice, state: 'issued', active: true, sent: null, payments: [], settled: [], voided: null, notes: [], links: [], balances: [], daysOverdue: null };
}

/** Says on stderr what could not be read (once per command). */
export function reportBook(ctx: Ctx, book: Book): void {
  for (const d of book.damaged) ctx.err(`tt: ${d.message}\n`);
  for (const u of book.unfinished) ctx.err(`tt: warning: ${u}\n`);
}

export function statusOf(book: Book, inv: Invoice): InvoiceStatus {
  return book.statuses.get(inv.id)!;
}

/** Invoices that count: neither voided nor cancellation documents. */
export function activeInvoices(book: Book): Invoice[] {
  return book.invoices.filter((i) => book.statuses.get(i.id)?.active);
}
