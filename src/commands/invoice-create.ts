// tt invoice create --client C (--period D..D | --last-week | --last-month | --unbilled) [--format F] [--out FILE]
import type { Ctx } from '../platform/context.ts';
import { TtError, UsageError } from '../core/errors.ts';
import { parsePeriod, resolveRange, type DayRange } from '../core/ranges.ts';
import { Store } from '../store/store.ts';
import { dryRunInvoice, loadForBilling, planInvoice, recordPlan, runningWarnings } from '../invoices/create.ts';
import { describeInvoice } from '../invoices/describe.ts';
import type { Invoice, LineGroup } from '../invoices/model.ts';
import { emitInvoice, invoiceTarget, outputFormat, type OutputFlags } from '../invoices/output.ts';

export interface InvoiceCreateOptions extends OutputFlags {
  client?: string;
  period?: string;
  lastWeek?: boolean;
  lastMonth?: boolean;
  unbilled?: boolean;
  /** How lines are shown (commander's choices): day when not given. */
  group?: LineGroup;
  dryRun?: boolean;
  taxMode?: string;
  po?: string;
  eurRate?: string;
}

function period(o: InvoiceCreateOptions, now: number, tz: string): DayRange | null {
  const given = [o.period !== undefined, o.lastWeek, o.lastMonth].filter(Boolean).length;
  if (given > 1 || (given === 0 && !o.unbilled)) {
    throw new UsageError('give the period: one of --period FROM..TO, --last-week or --last-month (or --unbilled for every unbilled day)', 'tt invoice create --client acme --last-month');
  }
  if (given === 0) return null;
  if (o.period !== undefined) return parsePeriod(o.period, now, tz);
  return resolveRange({ lastWeek: o.lastWeek, lastMonth: o.lastMonth }, now, tz, 'all')!;
}

export async function invoiceCreate(ctx: Ctx, o: InvoiceCreateOptions): Promise<number> {
  const store = new Store(ctx);
  const tz = store.tz();
  outputFormat(o);
  if (!o.client) throw new UsageError('--client is required', 'tt invoice create --client acme --last-week');
  const group = o.group ?? 'day';
  const range = period(o, ctx.now(), tz);
  const loaded = await loadForBilling(ctx, store);
  const plan = planInvoice(store, loaded, { client: o.client, range, unbilled: Boolean(o.unbilled), group, taxMode: o.taxMode, po: o.po, eurRate: o.eurRate });
  runningWarnings(ctx, plan.running, tz);
  if ('nothing' in plan) {
    (o.json ? ctx.err : ctx.out)(`${plan.nothing} Nothing was recorded.\n`);
    return 0;
  }
  // Check first, then change: an --out that would be refused or cannot be written stops the
  // command before the invoice is recorded.
  const target = invoiceTarget(ctx, o);
  const invoice: Invoice = o.dryRun ? dryRunInvoice(store, plan) : await recordPlan(store, plan);
  let out: string | null;
  try {
    out = await emitInvoice(ctx, invoice, o, target);
  } catch (err) {
    if (o.dryRun || !(err instanceof TtError)) throw err;
    // Recorded already: the command succeeded (exit 0, so a retry does not bill twice); the file is
    // what failed, and it can be written again from the record.
    ctx.err(`tt: recorded invoice ${describeInvoice(invoice)}, but ${err.message}\n  Write it again with \`tt invoice show ${invoice.number} --out ${o.out} --force\` once that is fixed.\n`);
    return 0;
  }
  const what = `${o.dryRun ? 'Would record' : 'Recorded'} invoice ${describeInvoice(invoice)}${out ? ` -> ${out}` : ''}.\n`;
  if (o.json || !out) ctx.err(what);
  else ctx.out(what);
  return 0;
}
