// Invoices on disk: one versioned JSON document per invoice, `invoices/<id>.json`, written
// atomically. One file each means invoices made on two machines never touch the same file when the
// data folder syncs, and a damaged file costs only that invoice.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from '../store/io.ts';
import type { Invoice } from './model.ts';

export const INVOICE_VERSION = 1;

export interface InvoiceRead {
  invoices: Invoice[];
  damaged: DataError[];
}

export function invoicePath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

export function writeInvoice(fs: Fs, dir: string, invoice: Invoice): void {
  writeAtomic(fs, invoicePath(dir, invoice.id), `${JSON.stringify({ version: INVOICE_VERSION, invoice }, null, 2)}\n`);
}

/** Every stored invoice, oldest first; damaged files are reported, left as they are, and skipped. */
export async function readInvoices(fs: Fs, dir: string): Promise<InvoiceRead> {
  if (!fs.existsSync(dir)) return { invoices: [], damaged: [] };
  const { invoiceSchema } = await import('./schema.ts');
  const invoices: Invoice[] = [];
  const damaged: DataError[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, name);
    try {
      const doc = JSON.parse(readIfExists(fs, path) ?? 'null') as { version?: unknown; invoice?: unknown } | null;
      if (doc?.version !== INVOICE_VERSION) throw new Error(`version ${JSON.stringify(doc?.version)}; this tt reads version ${INVOICE_VERSION}`);
      const r = invoiceSchema.safeParse(doc.invoice);
      if (!r.success) {
        const i = r.error.issues[0]!;
        throw new Error(`${i.path.join('.') || 'invoice'}: ${i.message}`);
      }
      invoices.push(r.data as Invoice);
    } catch (err) {
      damaged.push(new DataError(`${path} is damaged: ${(err as Error).message}; it was left as it is`));
    }
  }
  invoices.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { invoices, damaged };
}
