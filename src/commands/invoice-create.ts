// tt invoice create --client C (--period D..D | --last-week | --last-month) [--format F] [--out FILE]
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import { requireClient } from '../core/client.ts';
import { TtError, UsageError } from '../core/errors.ts';
import { parsePeriod, resolveRange, type DayRange } from '../core/ranges.ts';
import { formatLocal, isoUtc, localDate } from '../core/time.ts';
import { readClients } from '../store/clients-file.ts';
import { Store, newId } from '../store/store.ts';
import { billableEntries, buildLines } from '../invoices/build.ts';
import { describeInvoice } from '../invoices/describe.ts';
import type { Invoice } from '../invoices/model.ts';
import { emitInvoice, invoiceTarget, outputFormat, type OutputFlags } from '../invoices/output.ts';
import { numberFor, recordInvoice, takenNumbers } from '../invoices/record.ts';
import { readInvoices } from '../invoices/store.ts';
import { invoiceTotals } from '../invoices/totals.ts';

export interface InvoiceCreateOptions extends OutputFlags {
  client?: string;
  period?: string;
  lastWeek?: boolean;
  lastMonth?: boolean;
  again?: boolean;
  dryRun?: boolean;
}

function period(o: InvoiceCreateOptions, now: number, tz: string): DayRange {
  const given = [o.period !== undefined, o.lastWeek, o.lastMonth].filter(Boolean).length;
  if (given !== 1) throw new UsageError('give the period: one of --period FROM..TO, --last-week or --last-month', 'tt invoice create --client acme --last-month');
  if (o.period !== undefined) return parsePeriod(o.period, now, tz);
  return resolveRange({ lastWeek: o.lastWeek, lastMonth: o.lastMonth }, now, tz, 'all')!;
}

export async function invoiceCreate(ctx: Ctx, o: InvoiceCreateOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const now = ctx.now();
  outputFormat(o);
  if (!o.client) throw new UsageError('--client is required', 'tt invoice create --client acme --last-week');
  const range = period(o, now, tz);
  const client = requireClient(readClients(ctx.fs, store.p.clients), o.client);
  if (!client.billable) throw new UsageError(`${client.name} is not billable`, `\`tt client set ${client.name} --billable\` if it should be.`);
  const h = await loadHistory(ctx, store, 'change');
  const { entries, running } = billableEntries(h.entries, client.name, range, tz);
  for (const r of running) ctx.err(`tt: warning: the timer running since ${formatLocal(r.start, tz)} is left out; stop it and create the invoice again to bill it\n`);
  if (!entries.length) throw new UsageError(`no tracked time for ${client.name} from ${range.from} to ${range.to}`, '`tt log --client NAME` shows what is tracked.');
  const billed = entries.filter((e) => e.invoice);
  if (billed.length && !o.again) {
    const { invoices } = await readInvoices(ctx.fs, store.p.invoices);
    const numbers = [...new Set(billed.map((e) => invoices.find((i) => i.id === e.invoice)?.number ?? e.invoice!))];
    throw new UsageError(
      `${billed.length} of ${entries.length} entries of ${client.name} from ${range.from} to ${range.to} are on invoice ${numbers.join(', ')} already`,
      'Give --again to bill them once more (they are then marked with the new invoice), or choose another period.',
    );
  }
  const lines = buildLines(entries, client, tz);
  const unpriced = lines.find((l) => l.rate === null);
  if (unpriced) throw new UsageError(`${client.name} has no rate on ${unpriced.date}`, `Set one: tt client set ${client.name} --rate N --from ${unpriced.date}`);
  const tax = client.taxPercent !== undefined ? [{ client: client.name, percent: client.taxPercent }] : [];
  const cfg = store.config();
  const draft = {
    id: newId(),
    source: 'tt' as const,
    clients: [client.name],
    from: range.from,
    to: range.to,
    issued: localDate(now, tz),
    createdAt: isoUtc(now),
    lines,
    tax,
    totals: invoiceTotals(lines, tax),
    entries: entries.map((e) => e.id),
    file: null,
    sha256: null,
    sender: String(cfg['invoice.from'] ?? ''),
    footer: String(cfg['invoice.footer'] ?? ''),
    device: store.device(),
  };
  const { readShards } = await import('../store/read.ts');
  // Two invoices made at once for the same time must not both bill it: under the lock, with history
  // as it is now, none of these entries may have been put on an invoice since they were read.
  const unbilledStill = (): void => {
    if (o.again) return;
    const ids = new Set(draft.entries);
    const taken = store.historyWith(readShards).entries.filter((e) => ids.has(e.id) && e.invoice);
    if (taken.length) {
      throw new UsageError(
        `${taken.length} of these ${entries.length} entries of ${client.name} were put on another invoice while this one was being made; nothing was recorded`,
        '`tt invoice list` shows it; give --again to bill them once more.',
      );
    }
  };
  // Check first, then change: an --out that would be refused or cannot be written stops the
  // command before the invoice is recorded.
  const target = invoiceTarget(ctx, o);
  const invoice: Invoice = o.dryRun ? { ...draft, number: numberFor(store, draft, takenNumbers(store)), action: null } : recordInvoice(store, draft, unbilledStill);
  let out: string | null;
  try {
    out = emitInvoice(ctx, invoice, o, target);
  } catch (err) {
    if (o.dryRun || !(err instanceof TtError)) throw err;
    // Recorded already: the command succeeded (exit 0, so a retry does not bill twice); the file is
    // what failed, and it can be written again from the record.
    ctx.err(`tt: recorded invoice ${describeInvoice(invoice)}, but ${err.message}\n  Write it again with \`tt invoice show ${invoice.number} --out ${o.out} --force\` once that is fixed.\n`);
    return;
  }
  const what = `${o.dryRun ? 'Would record' : 'Recorded'} invoice ${describeInvoice(invoice)}${out ? ` -> ${out}` : ''}.\n`;
  if (o.json || !out) ctx.err(what);
  else ctx.out(what);
}
