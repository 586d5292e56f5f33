// tt audit [--invoice A,B|FILE] [--period D..D] [--tolerance 5%] [--json]: invoices against the
// evidence, per client: tracked but not invoiced, untracked, invoiced without evidence. Exit 1 when
// a client is flagged.
import type { Ctx } from '../platform/context.ts';
import { parseConfigValue } from '../core/config-keys.ts';
import { EXIT, UsageError } from '../core/errors.ts';
import { parsePeriod } from '../core/ranges.ts';
import { Store } from '../store/store.ts';
import { paint } from '../ui/color.ts';
import { printJson } from '../ui/entry-json.ts';
import { auditJson, auditText } from '../reconcile/audit/report.ts';
import { runAudit } from '../reconcile/audit/service.ts';
import { importWarnings, warningsLine } from '../calendar/warnings.ts';

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
  const period = o.period ? parsePeriod(o.period, ctx.now(), tz) : null;
  const report = await runAudit(ctx, store, { invoice: o.invoice, period, tolerancePct });
  const calendarNote = warningsLine(await importWarnings(store));
  if (calendarNote) ctx.err(`tt: warning: ${calendarNote}\n`);
  if (o.json) printJson(ctx.out, auditJson(report));
  else ctx.out(auditText(report, await paint(ctx)));
  if (report.damaged) return EXIT.data;
  return report.audit.clients.some((c) => c.flagged) ? EXIT.flagged : EXIT.ok;
}
