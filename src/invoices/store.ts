// Invoices on disk: one versioned JSON document per invoice, `invoices/<id>.json`, written
// atomically. One file each means invoices made on two machines never touch the same file when the
// data folder syncs, and a damaged file costs only that invoice.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists } from '../store/io.ts';
import type { Transaction } from '../store/transaction.ts';
import type { Invoice } from './model.ts';
import type { invoiceSchema as invoiceSchemaType } from './schema.ts';

export const INVOICE_VERSION = 1;

export interface InvoiceRead {
  invoices: Invoice[];
  damaged: DataError[];
}

export function invoicePath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

export function writeInvoice(tx: Transaction, dir: string, invoice: Invoice): void {
  tx.write(invoicePath(dir, invoice.id), `${JSON.stringify({ version: INVOICE_VERSION, invoice }, null, 2)}\n`);
}

/** Every stored invoice, oldest first; damaged files are reported, left as they are, and skipped. */
export async function readInvoices(fs: Fs, dir: string): Promise<InvoiceRead> {
  if (!fs.existsSync(dir)) return { invoices: [], damaged: [] };
  const { invoiceSchema } = await import('./schema.ts');
  const invoices: Invoice[] = [];
  const damaged: DataError[] = [];
  for (const name of invoiceFileNames(fs, dir)) {
    const path = join(dir, name);
    try {
      invoices.push(parseInvoice(readIfExists(fs, path) ?? 'null', invoiceSchema));
    } catch (err) {
      damaged.push(new DataError(`${path} is damaged: ${(err as Error).message}; it was left as it is`, 'The invoice in it is not shown; `tt doctor` lists every damaged file. Restore it from a backup or the sync remote.'));
    }
  }
  invoices.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { invoices, damaged };
}

/** The invoice documents in the folder: every `.json` file (temp files of a write end in .tmp). */
export function invoiceFileNames(fs: Fs, dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
}

type InvoiceSchema = typeof invoiceSchemaType;

/** The invoice in one file's text; throws an Error saying what is wrong with it. */
export function parseInvoice(text: string, schema: InvoiceSchema): Invoice {
  let doc: { version?: unknown; invoice?: unknown } | null;
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (err) {
    throw new Error(`not valid JSON (${(err as Error).message})`);
  }
  if (doc?.version !== INVOICE_VERSION) throw new Error(`version ${JSON.stringify(doc?.version)}; this tt reads version ${INVOICE_VERSION}`);
  const r = schema.safeParse(doc.invoice);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${i.path.join('.') || 'invoice'}: ${i.message}`);
  }
  return r.data as Invoice;
}
