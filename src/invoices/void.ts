// Taking an invoice back. Before `sent` is recorded, void cancels it without a document: its number
// stays (marked "cancelled, never sent") and its entries are free again. After, tt issues a
// cancellation document with its own number from the same series, citing the original, its lines,
// hours, amounts and tax negated. `--reissue` issues the corrected invoice for the same client and
// period in the same step, and the payments recorded so far count for it. Partial credits are out of
// scope: void and re-issue. Everything one void records is written together, or nothing.
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { isoUtc } from '../core/time.ts';
import type { Store } from '../store/store.ts';
import { planInvoice, stillUnbilledCheck, loadForBilling, type Loaded, type Plan } from './create.ts';
import { coverageOf } from './coverage.ts';
import type { Invoice, InvoiceLine } from './model.ts';
import type { Found } from './payments.ts';
import { issue, numbering, record, type Draft } from './record.ts';
import { readRecordsWith } from './records.ts';
import type { InvoiceStatus } from './status.ts';

export interface VoidRequest {
  on: string;
  reason?: string;
  reissue?: boolean;
}

export interface Voided {
  cancellation: Invoice | null;
  reissue: Invoice | null;
}

const neg = (n: number): number => (n === 0 ? 0 : -n);
const negOrNull = (n: number | null): number | null => (n === null ? null : neg(n));

/** The cancellation document of `inv`: the same lines, hours, amounts and tax, negated; it bills no entry. */
export function cancellationDraft(store: Store, inv: Invoice, issued: string): Draft {
  const lines: InvoiceLine[] = inv.lines.map((l) => ({
    date: l.date,
    client: l.client,
    project: l.project,
    hours: neg(l.hours),
    trackedHours: negOrNull(l.trackedHours),
    rate: l.rate,
    currency: l.currency,
    amount: negOrNull(l.amount),
    description: l.description,
  }));
  return {
    id: store.newId(),
    kind: 'cancellation',
    source: 'tt',
    clients: inv.clients,
    from: inv.from,
    to: inv.to,
    issued,
    createdAt: isoUtc(store.ctx.now()),
    due: null,
    lines,
    tax: inv.tax,
    totals: inv.totals.map((t) => ({ currency: t.currency, hours: neg(t.hours), net: neg(t.net), tax: neg(t.tax), gross: neg(t.gross) })),
    credit: [],
    cancels: { id: inv.id, number: inv.number, issued: inv.issued },
    supplements: [],
    group: inv.group,
    entries: [],
    file: null,
    sha256: null,
    sender: inv.sender,
    footer: inv.footer,
    device: store.device(),
  };
}

/** The entries and invoices as they will be once `inv` is voided: its entries free again. */
function withoutInvoice(loaded: Loaded, inv: Invoice): Loaded {
  const statuses = new Map<string, InvoiceStatus>();
  for (const [id, s] of loaded.book.statuses) statuses.set(id, id === inv.id ? { ...s, active: false } : s);
  const book = { ...loaded.book, statuses };
  return { ...loaded, book, cov: coverageOf(statuses.values(), loaded.entries) };
}

export async function voidInvoice(ctx: Ctx, store: Store, f: Found, req: VoidRequest): Promise<Voided> {
  const inv = f.invoice;
  if (inv.kind === 'cancellation') throw new UsageError(`${inv.number} is a cancellation document (of ${inv.cancels?.number}); it is not taken back`, 'Issue a new invoice for the work instead.');
  if (f.status.voided) throw new UsageError(`${inv.number} is voided already (${f.status.voided.on})`, '`tt invoice list` shows its status.');
  let plan: Plan | null = null;
  if (req.reissue) {
    if (inv.source !== 'tt') throw new UsageError(`--reissue: ${inv.number} was imported (${inv.file ?? inv.source}); tt can only re-issue its own invoices`, 'Import the corrected file from the other tool.');
    if (inv.clients.length !== 1 || !inv.from || !inv.to) throw new UsageError(`--reissue: ${inv.number} has no single client and period to bill again`, 'Void it without --reissue, then bill the work with `tt invoice create --client C --period FROM..TO`.');
    const loaded = withoutInvoice(await loadForBilling(ctx, store), inv);
    const p = planInvoice(store, loaded, { client: inv.clients[0]!, range: { from: inv.from, to: inv.to }, unbilled: true, group: inv.group });
    if ('nothing' in p) throw new UsageError(`--reissue: with ${inv.number} taken back, nothing of ${inv.clients[0]} from ${inv.from} to ${inv.to} is left to bill; nothing was recorded`, `\`tt invoice void ${inv.number}\` without --reissue takes it back alone.`);
    plan = p;
  }
  // A cancellation document only for an invoice the client has: one tt issued and that was sent.
  const needsDocument = inv.source === 'tt' && f.status.sent !== null;
  const check = plan ? await stillUnbilledCheck(store, [plan.draft], [inv.id]) : () => {};
  const schemas = await import('./schema.ts');
  return store.transaction((tx) => {
    // Another void of the same invoice may have been recorded since it was read.
    if (readRecordsWith(ctx.fs, store.p.invoices, schemas).records.some((r) => r.invoice === inv.id && r.kind === 'void')) {
      throw new UsageError(`${inv.number} was voided while this void was being prepared; nothing was recorded`, '`tt invoice list` shows its status.');
    }
    check();
    const n = numbering(store);
    const cancellation = needsDocument ? issue(store, tx, cancellationDraft(store, inv, req.on), n) : null;
    const reissue = plan ? issue(store, tx, plan.draft, n) : null;
    record(store, tx, [{ invoice: inv.id, kind: 'void', on: req.on, cancellation: cancellation?.id ?? null, reissue: reissue?.id ?? null, ...(req.reason ? { reason: req.reason } : {}) }]);
    return { cancellation, reissue };
  });
}
