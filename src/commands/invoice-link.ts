// tt invoice link REF [--dry-run]: marks the tracked entries an imported invoice billed, for
// invoices imported before tt linked them (a link record; the invoice file is never rewritten).
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { loadForBilling, stillUnbilledCheck } from '../invoices/create.ts';
import { linkLines, withCovers } from '../invoices/link.ts';
import { linkText } from '../invoices/link-text.ts';
import { findForChange } from '../invoices/payments.ts';
import { record } from '../invoices/record.ts';

export interface InvoiceLinkOptions {
  dryRun?: boolean;
  json?: boolean;
}

export async function invoiceLink(ctx: Ctx, ref: string, o: InvoiceLinkOptions): Promise<number> {
  const store = new Store(ctx);
  const f = await findForChange(ctx, store, ref);
  const inv = f.invoice;
  if (inv.source === 'tt') throw new UsageError(`${inv.number} is one of tt's own invoices: its lines name their entries since it was made`, '`tt invoice link` is for invoices imported from Toggl, Harvest, Clockify or a CSV.');
  if (!f.status.active) throw new UsageError(`${inv.number} is voided: it bills nothing, so it links nothing`, '`tt invoice list` shows which invoices are active.');
  const linked = f.status.links.length > 0 || inv.lines.some((l) => (l.covers ?? []).length > 0);
  if (linked) {
    ctx.out(`Invoice ${inv.number} is linked to its entries already; nothing was recorded.\n`);
    return 0;
  }
  const loaded = await loadForBilling(ctx, store);
  const link = linkLines(inv.lines, loaded.entries, loaded.cov, store.tz());
  const covers = [...link.covers.entries()].flatMap(([line, cs]) => cs.map((c) => ({ line, entry: c.entry, hours: c.hours })));
  if (!o.dryRun && covers.length) {
    const check = await stillUnbilledCheck(store, [{ ...inv, lines: withCovers(inv.lines, link) }]);
    store.transaction((tx) => {
      check();
      record(store, tx, [{ invoice: inv.id, kind: 'link', on: f.today, covers }]);
    });
  }
  if (o.json) printJson(ctx.out, { invoice: inv.id, number: inv.number, dryRun: Boolean(o.dryRun), covers, hours: link.hours, undatedLines: link.undated.map((i) => i + 1), unmatchedLines: link.unmatched.map((i) => i + 1) });
  else ctx.out(linkText(inv, link, Boolean(o.dryRun)));
  return f.book.damaged.length ? 3 : 0;
}
