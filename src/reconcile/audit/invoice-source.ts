// The invoice an audit checks: a stored one (by number or id; default the last), or a file (ours or
// a Toggl/Harvest/Clockify export) read without recording it.
import { resolve } from 'node:path';
import type { Ctx } from '../../platform/context.ts';
import { readUserText } from '../../platform/user-file.ts';
import type { Client } from '../../core/client.ts';
import { UsageError } from '../../core/errors.ts';
import type { DayRange } from '../../core/ranges.ts';
import type { Store } from '../../store/store.ts';
import { findInvoice } from '../../invoices/find.ts';
import { mapImport } from '../../invoices/imported.ts';
import type { InvoiceLine } from '../../invoices/model.ts';
import { parseExport } from '../../invoices/parse-export.ts';
import { readInvoices } from '../../invoices/store.ts';

export interface AuditedInvoice {
  id: string;
  source: string;
  number: string | null;
  from: string | null;
  to: string | null;
  lines: InvoiceLine[];
  /** Invoice files that could not be read: the audit is printed, then exits 3. */
  damaged: number;
}

export async function loadAuditedInvoice(ctx: Ctx, store: Store, ref: string | undefined, clients: Client[], period: DayRange | null): Promise<AuditedInvoice> {
  const path = ref ? resolve(ctx.cwd, ref) : '';
  // Anything on disk by that name but a folder is read as a file (a FIFO or a device is refused there).
  if (ref && ctx.fs.existsSync(path) && !ctx.fs.statSync(path).isDirectory()) {
    const read = readUserText(path, ref, { hint: 'Give an invoice file (tt CSV, Toggl, Harvest, Clockify), or a stored invoice number.' });
    if (read.note) ctx.err(`tt: warning: ${read.note}\n`);
    const parsed = parseExport(read.text, ref);
    const mapped = mapImport(parsed, { clients, period });
    if (!mapped.lines.length) throw new UsageError(`${ref}: no billable lines to audit`);
    return { id: ref, source: parsed.format, number: null, from: null, to: null, lines: mapped.lines, damaged: 0 };
  }
  const { invoices, damaged } = await readInvoices(ctx.fs, store.p.invoices);
  for (const d of damaged) ctx.err(`tt: ${d.message}\n`);
  if (!invoices.length && !ref && !damaged.length) {
    throw new UsageError('there is no invoice to audit yet', 'Give an invoice file (`tt audit --invoice FILE`), import one with `tt invoice import FILE`, or make one with `tt invoice create`.');
  }
  const inv = findInvoice(invoices, ref, damaged);
  return { id: inv.id, source: inv.source, number: inv.number, from: inv.from, to: inv.to, lines: inv.lines, damaged: damaged.length };
}
