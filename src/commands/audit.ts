// tt audit [--invoice ID|FILE] [--period D..D] [--tolerance 5%] [--json]: the invoice against the
// evidence, per client. Exit 1 when a client is flagged.
import type { Ctx } from '../platform/context.ts';
import { findClient } from '../core/client.ts';
import { parseConfigValue } from '../core/config-keys.ts';
import { EXIT, UsageError } from '../core/errors.ts';
import { parsePeriod } from '../core/ranges.ts';
import { rateOn } from '../core/rates.ts';
import { readClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { paint } from '../ui/color.ts';
import { printJson } from '../ui/entry-json.ts';
import { auditInvoice } from '../reconcile/audit/audit.ts';
import { loadAuditedInvoice } from '../reconcile/audit/invoice-source.ts';
import { auditPeriod } from '../reconcile/audit/period.ts';
import { auditJson, auditText, type AuditReport } from '../reconcile/audit/report.ts';
import { reconcileRange } from '../reconcile/run.ts';
import { hours } from '../core/duration.ts';

function toleranceFlag(text: string): number {
  try {
    return parseConfigValue('audit.tolerance', text) as number;
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(err.message.replace('config audit.tolerance', '--tolerance'), 'Give a percentage like 5% or 2.5%.');
    throw err;
  }
}

export interface AuditOptions {
  invoice?: string;
  period?: string;
  tolerance?: string;
  json?: boolean;
}

export async function audit(ctx: Ctx, o: AuditOptions): Promise<number> {
  const store = new Store(ctx);
  const tz = store.tz();
  const tolerancePct = o.tolerance !== undefined ? toleranceFlag(o.tolerance) : Number(store.config()['audit.tolerance']);
  const given = o.period ? parsePeriod(o.period, ctx.now(), tz) : null;
  const clients = readClients(ctx.fs, store.p.clients);
  const invoice = await loadAuditedInvoice(ctx, store, o.invoice, clients, given);
  const period = auditPeriod(given, { from: invoice.from, to: invoice.to }, invoice.lines.map((l) => l.date));
  const { result } = await reconcileRange(ctx, store, { range: { from: period.from, to: period.to }, clients });
  const evidence = result.days.map((d) => ({ date: d.date, client: d.client, evidenceHours: hours(d.evidenceMs) }));
  const facts = (name: string): { rateOnLastDay: number | null; currency: string | null } => {
    const c = findClient(clients, name);
    return { rateOnLastDay: c ? rateOn(c.rates, period.to) : null, currency: c?.currency ?? null };
  };
  const audit = auditInvoice(invoice.lines, evidence, period, facts, tolerancePct);
  const report: AuditReport = { invoice, period, tz, tolerancePct, audit, reconciled: result };
  if (o.json) printJson(ctx.out, auditJson(report));
  else ctx.out(auditText(report, await paint(ctx)));
  if (invoice.damaged) return EXIT.data;
  return audit.clients.some((c) => c.flagged) ? EXIT.flagged : EXIT.ok;
}
