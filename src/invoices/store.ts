// Invoices on disk: one versioned JSON document per invoice, `invoices/<id>.json`, written once. One
// file each means invoices made on two machines never touch the same file when the data folder
// syncs, and a damaged file costs only that invoice. Nothing ever replaces an invoice file: what
// happens to an invoice later is a status record of its own (records.ts). Documents of version 1
// (tt before write-once records) are read as they are and never rewritten.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists } from '../store/io.ts';
import type { Transaction } from '../store/transaction.ts';
import type { Invoice } from './model.ts';
import type * as Schemas from './schema.ts';

export const INVOICE_VERSION = 2;

export interface InvoiceRead {
  invoices: Invoice[];
  damaged: DataError[];
  /** Entry ids still legible in each damaged file: what it may have billed (see book.ts). */
  legible: { file: string; entries: string[] }[];
}

export function invoicePath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

/**
 * Writes a new invoice's document in the command's transaction (see recordInvoice). An invoice file
 * that exists already (or that this transaction writes already) is never replaced, whatever it holds.
 */
export function writeInvoice(tx: Transaction, dir: string, invoice: Invoice): void {
  const path = invoicePath(dir, invoice.id);
  if (tx.read(path) !== null) {
    throw new DataError(`${path} exists already; an issued invoice is written once and never replaced, so nothing was recorded`, 'Run the command again: a new invoice gets a new id.');
  }
  tx.write(path, `${JSON.stringify({ version: INVOICE_VERSION, invoice }, null, 2)}
`);
}

/** Every stored invoice, oldest first; damaged files are reported, left as they are, and skipped. */
export async function readInvoices(fs: Fs, dir: string): Promise<InvoiceRead> {
  if (!fs.existsSync(dir)) return { invoices: [], damaged: [], legible: [] };
  return readInvoicesWith(fs, dir, await import('./schema.ts'));
}

/** readInvoices, synchronously (for a check under the lock), with the schemas imported beforehand. */
export function readInvoicesWith(fs: Fs, dir: string, schemas: SchemaModule): InvoiceRead {
  if (!fs.existsSync(dir)) return { invoices: [], damaged: [], legible: [] };
  const invoices: Invoice[] = [];
  const damaged: DataError[] = [];
  const legible: InvoiceRead['legible'] = [];
  for (const name of invoiceFileNames(fs, dir)) {
    const path = join(dir, name);
    const text = readIfExists(fs, path) ?? 'null';
    try {
      invoices.push(parseInvoice(text, schemas));
    } catch (err) {
      damaged.push(new DataError(`${path} is damaged: ${(err as Error).message}; it was left as it is`, 'The invoice in it is not shown; `tt doctor` lists every damaged file. Restore it from a backup or the sync remote.'));
      legible.push({ file: name, entries: [...new Set(text.match(/\b[0-9A-HJKMNP-TV-Z]{26}\b/g) ?? [])] });
    }
  }
  invoices.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { invoices, damaged, legible };
}

/** The invoice documents in the folder: every `.json` file (temp files of a write end in .tmp). */
export function invoiceFileNames(fs: Fs, dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
}

type SchemaModule = Pick<typeof Schemas, 'invoiceSchema' | 'invoiceSchemaV1'>;

/** The invoice in one file's text; throws an Error saying what is wrong with it. */
export function parseInvoice(text: string, schemas: SchemaModule): Invoice {
  let doc: { version?: unknown; invoice?: unknown } | null;
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (err) {
    throw new Error(`not valid JSON (${(err as Error).message})`);
  }
  const version = doc?.version;
  if (version !== 1 && version !== INVOICE_VERSION) throw new Error(`version ${JSON.stringify(version)}; this tt reads versions 1 and ${INVOICE_VERSION}`);
  const r = (version === 1 ? schemas.invoiceSchemaV1 : schemas.invoiceSchema).safeParse(doc!.invoice);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${i.path.join('.') || 'invoice'}: ${i.message}`);
  }
  return version === 1 ? fromVersion1(r.data) : (r.data as Invoice);
}

type Version2Fields = Pick<Invoice, 'series' | 'kind' | 'due' | 'credit' | 'cancels' | 'supplements' | 'group'>;

/** A version-1 invoice with the fields it could not have: no series, due date, credit or cancellation. */
function fromVersion1(v1: Omit<Invoice, keyof Version2Fields>): Invoice {
  return { ...v1, series: null, kind: 'invoice', due: null, credit: [], cancels: null, supplements: [], group: 'day' };
}
