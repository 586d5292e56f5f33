// tt invoice import FILE [--format tt|toggl|harvest|clockify] [--period D..D] [--client C] [--skip-bad] [--no-link]
import { basename, resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { readUserText } from '../platform/user-file.ts';
import { UsageError } from '../core/errors.ts';
import { parsePeriod } from '../core/ranges.ts';
import { isoUtc, localDate } from '../core/time.ts';
import { readClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { loadForBilling, stillUnbilledCheck } from '../invoices/create.ts';
import { describeInvoice } from '../invoices/describe.ts';
import { invoiceFromFile } from '../invoices/from-file.ts';
import { linkLines, withCovers, type LinkResult } from '../invoices/link.ts';
import { linkText } from '../invoices/link-text.ts';
import type { Invoice } from '../invoices/model.ts';
import { issue, numbering } from '../invoices/record.ts';
import { describeProblem, type DateOrder, type ExportFormat } from '../invoices/rows.ts';
import { readInvoices } from '../invoices/store.ts';

export interface InvoiceImportOptions {
  format?: ExportFormat;
  period?: string;
  client?: string;
  number?: string;
  dateOrder?: DateOrder;
  skipBad?: boolean;
  includeNonBillable?: boolean;
  again?: boolean;
  /** false with --no-link: record the invoice without marking entries (as tt did before). */
  link?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export async function invoiceImport(ctx: Ctx, file: string, o: InvoiceImportOptions): Promise<number> {
  const store = new Store(ctx);
  const tz = store.tz();
  const now = ctx.now();
  const read = readUserText(resolve(ctx.cwd, file), file, { hint: 'Give the path of the invoice or time export (CSV).' });
  if (read.note) ctx.err(`tt: warning: ${read.note}\n`);
  const text = read.text;
  const period = o.period !== undefined ? parsePeriod(o.period, now, tz) : null;
  const opts = { ...o, period, clients: readClients(ctx.fs, store.p.clients), fallbackClient: o.client, tz };
  const { draft, parsed, mapped } = invoiceFromFile(text, file, opts, { id: store.newId(), issued: localDate(now, tz), createdAt: isoUtc(now), device: store.device() });
  const { invoices } = await readInvoices(ctx.fs, store.p.invoices);
  const same = invoices.find((i) => i.sha256 === draft.sha256);
  if (same && !o.again) throw new UsageError(`${file} was imported already, as invoice ${same.number}`, 'Give --again to record it once more.');
  let link: LinkResult | null = null;
  if (o.link !== false) {
    const loaded = await loadForBilling(ctx, store);
    link = linkLines(draft.lines, loaded.entries, loaded.cov, tz);
    draft.lines = withCovers(draft.lines, link);
    draft.entries = [...new Set(draft.lines.flatMap((l) => (l.covers ?? []).map((c) => c.entry)))];
  }
  let invoice: Invoice;
  if (o.dryRun) invoice = { ...draft, number: o.number ?? '(not recorded)', series: null, action: null };
  else {
    const check = await stillUnbilledCheck(store, [draft]);
    const numbered = { ...draft, number: o.number };
    invoice = store.transaction((tx) => {
      check();
      return issue(store, tx, numbered, numbering(store, o.number !== undefined));
    });
  }
  const leftOut = { nonBillable: mapped.nonBillable, empty: mapped.empty };
  const links = link && { entries: invoice.entries.length, hours: link.hours, undatedLines: link.undated.map((i) => i + 1), unmatchedLines: link.unmatched.map((i) => i + 1) };
  if (o.json) {
    printJson(ctx.out, { invoice, format: parsed.format, dateOrder: parsed.dateOrder, decimalMark: parsed.decimal, skipped: mapped.skipped, leftOut, links });
    return 0;
  }
  const dates = mapped.lines.map((l) => l.date).filter((d): d is string => d !== null).sort();
  const span = dates.length ? `, lines ${dates[0]}..${dates[dates.length - 1]}` : '';
  ctx.out(`${o.dryRun ? 'Would record' : 'Recorded'} invoice ${describeInvoice(invoice)} from ${basename(file)} (${parsed.format}${span}).\n`);
  if (link) ctx.out(linkText(invoice, link, o.dryRun ?? false));
  else ctx.out('Not linked to tracked entries (--no-link): `tt invoice link` links it later.\n');
  if (!period) ctx.out('No period given: `tt audit` will assume the whole weeks its lines touch (--period records one).\n');
  if (mapped.nonBillable.length) ctx.out(`Left out ${mapped.nonBillable.length} non-billable rows (lines ${mapped.nonBillable.join(', ')}); --include-non-billable records them.\n`);
  if (mapped.empty.length) ctx.out(`Left out ${mapped.empty.length} rows with no time (lines ${mapped.empty.join(', ')}).\n`);
  if (mapped.skipped.length) {
    ctx.out(`Skipped ${mapped.skipped.length} bad rows:\n`);
    for (const p of mapped.skipped) ctx.out(`  ${describeProblem(p)}\n`);
  }
  return 0;
}
