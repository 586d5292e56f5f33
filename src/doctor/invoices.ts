// invoices/<id>.json: every document parses and validates, and holds the invoice its name says. An
// issued invoice is a record: there is no other copy to repair it from (sync's remote or a backup
// may have one). Two invoices with one number (made on two machines before a sync) are mentioned.
import { join } from 'node:path';
import { duplicateNumbers } from '../invoices/find.ts';
import type { Invoice } from '../invoices/model.ts';
import { invoiceSchema } from '../invoices/schema.ts';
import { invoiceFileNames, parseInvoice } from '../invoices/store.ts';
import { attempt, type Check, type Finding } from './check.ts';

export const invoices: Check = {
  name: 'invoices',
  covers: 'invoices/<id>.json: each parses, validates and holds the invoice its name says',
  run({ ctx, p }) {
    const dir = p.invoices;
    const findings: Finding[] = [];
    if (!ctx.fs.existsSync(dir)) return findings;
    const read: Invoice[] = [];
    for (const name of invoiceFileNames(ctx.fs, dir)) {
      const file = join(dir, name);
      attempt(findings, file, () => {
        let invoice: Invoice;
        try {
          invoice = parseInvoice(ctx.fs.readFileSync(file, 'utf8'), invoiceSchema);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code) throw err; // cannot be read: attempt says so
          findings.push({ file, problem: `is damaged: ${(err as Error).message}`, repaired: false, fix: 'tt has no other copy of an issued invoice: restore it from a backup or the sync remote. Its number is never given again.' });
          return;
        }
        read.push(invoice);
        if (name !== `${invoice.id}.json`) {
          findings.push({ file, problem: `holds invoice ${invoice.id} (${invoice.number}), not the one its name says`, repaired: false, fix: `Rename it to ${invoice.id}.json.` });
        }
      });
    }
    for (const n of duplicateNumbers(read)) {
      findings.push({ file: dir, problem: `the number ${n} is used by more than one invoice (made on different machines)`, repaired: false, severity: 'notice', fix: 'Name such an invoice by its id; a credit note can take one back.' });
    }
    return findings;
  },
};
