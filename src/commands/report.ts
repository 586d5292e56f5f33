// tt report [range] [--by ...] [--format ...] [--rounded] [--chart] | tt report --estimates
import type { Ctx } from '../platform/context.ts';
import { damagedExit, loadEntries } from '../store/load.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { UsageError } from '../core/errors.ts';
import { shortIds } from '../core/ids.ts';
import { resolveRange, type RangeFlags } from '../core/ranges.ts';
import { buildReport } from '../report/build.ts';
import { chartData } from '../report/chart-data.ts';
import { estimates } from '../report/estimates.ts';
import { formatEstimates } from '../report/estimates-format.ts';
import { formatReport, type Format } from '../report/format.ts';
import type { GroupBy } from '../report/group.ts';
import { readClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { renderChart } from '../ui/chart.ts';
import { readBook, reportBook } from '../invoices/book.ts';
import { reportPart } from '../invoices/report-input.ts';
import { localDate } from '../core/time.ts';
import { paint } from '../ui/color.ts';

export interface ReportOptions extends RangeFlags {
  by?: GroupBy;
  format?: Format;
  json?: boolean;
  rounded?: boolean;
  chart?: boolean;
  estimates?: boolean;
}

export async function report(ctx: Ctx, o: ReportOptions): Promise<number> {
  if (o.json && o.format && o.format !== 'json') throw new UsageError(`--json and --format ${o.format} disagree`, 'Give one of them.');
  const format: Format = o.json ? 'json' : (o.format ?? 'table');
  if (o.chart && format !== 'table') throw new UsageError('--chart draws in the terminal: it works with --format table only', 'Leave out --format, or --chart.');
  if (o.estimates && (o.by || o.rounded || o.chart)) throw new UsageError('--estimates cannot be combined with --by, --rounded or --chart', 'Run the estimates report on its own: `tt report --estimates`.');
  const store = new Store(ctx);
  const tz = store.tz();
  const now = ctx.now();
  const c = await paint(ctx);
  const style = { bold: c.bold, dim: c.dim };

  if (o.estimates) {
    const range = resolveRange(o, now, tz, 'all');
    const h = await loadEntries(ctx, store, { remember: true });
    const est = estimates(h.entries, { tz, from: range?.from ?? '0000-01-01', to: range?.to ?? '9999-12-31', now });
    const ids = shortIds(h.entries.map((e) => e.id));
    ctx.out(formatEstimates(est, format, { from: range?.from ?? null, to: range?.to ?? null }, tz, (id) => ids.get(id) ?? id, style));
    return damagedExit(h);
  }

  const range = resolveRange(o, now, tz, 'week')!;
  const clients = readClients(ctx.fs, store.p.clients);
  const h = await loadEntries(ctx, store, { remember: true, range });
  // Invoiced work and its money come from the invoice records, never priced again (src/invoices/report-input.ts).
  const book = await readBook(ctx.fs, store.p.invoices, localDate(now, tz));
  reportBook(ctx, book);
  const part = reportPart(book.statuses.values(), h.entries, range, tz);
  const report = buildReport({ entries: part.entries, invoiced: part.invoiced, clients, tz, range, now, by: o.by ?? 'client', rounded: Boolean(o.rounded) });
  ctx.out(formatReport(report, format, style));
  if (o.chart) {
    const width = Math.max(10, Math.min(60, Number(ctx.env.COLUMNS) - 30 || 50));
    ctx.out(`\n${renderChart(chartData(report.lines, range), { chalk: c, color: ctx.color, width })}`);
  }
  if (format === 'table' && report.totals.unpricedMinutes > 0) {
    ctx.err('tt: note: some billable time has no rate on its day ("No rate h"); set one with `tt client set NAME --rate N --from DAY`\n');
  }
  warnAboutTimer(ctx, store.timer(), tz);
  return book.damaged.length ? 3 : damagedExit(h);
}
