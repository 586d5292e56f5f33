// tt client set NAME [flags] [--clear KIND] [--rename NEW]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../cli/client-options.ts';
import type { Invocation } from '../cli/runner.ts';
import { findClient, NAME_RE, requireClient } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { readClients, writeClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { clientJson, describeClient } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

type SetOptions = ClientFlags & { json?: boolean; rename?: string; yes?: boolean };

/**
 * A change of how work is billed without --from reaches back to work already tracked: say how much
 * of it (not invoiced yet: invoiced work keeps its invoice's money) and ask for --from or --yes.
 */
async function repricingGuard(ctx: Ctx, store: Store, name: string, o: SetOptions): Promise<void> {
  if (o.from !== undefined || o.yes || [o.rate, o.currency, o.round, o.roundMode, o.tax].every((v) => v === undefined)) return;
  const before = requireClient(readClients(ctx.fs, store.p.clients), name);
  const after = applyClientFlags(before, o, ctx.now(), store.tz());
  const { loadEntries } = await import('../store/load.ts');
  const { markedEntries } = await import('../invoices/marks.ts');
  const { repriced } = await import('../invoices/reprice.ts');
  const h = await loadEntries(ctx, store, { remember: false });
  const { cov } = await markedEntries(ctx, store, h.entries);
  const r = repriced(before, after, h.entries, cov, store.tz());
  if (!r) return;
  const span = r.from === r.to ? `on ${r.from}` : `from ${r.from} to ${r.to}`;
  throw new UsageError(
    `this changes what ${r.entries} tracked entr${r.entries === 1 ? 'y' : 'ies'} of ${before.name} not invoiced yet (${r.hours.toFixed(2)} h, ${span}) would be billed at; invoiced work keeps its invoices' money`,
    `Give --from DAY to apply it from that day on (earlier work keeps what it had), or --yes to reprice that work too.`,
  );
}

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const o = inv.opts as SetOptions;
  if (o.rename !== undefined && !NAME_RE.test(o.rename)) throw new UsageError(`--rename: "${o.rename}" is not a client name`);
  await repricingGuard(ctx, store, inv.args[0] ?? '', o);
  const updated = store.lock(() => {
    const clients = readClients(ctx.fs, store.p.clients);
    const current = requireClient(clients, inv.args[0] ?? '');
    let next = applyClientFlags(current, o, ctx.now(), store.tz());
    if (o.rename !== undefined) {
      const clash = findClient(clients, o.rename);
      if (clash && clash !== current) throw new UsageError(`--rename: client "${clash.name}" exists already`);
      // The old name becomes an alias, so entries and imports that use it still resolve.
      next = { ...next, name: o.rename, aliases: [...next.aliases.filter((a) => a.toLowerCase() !== o.rename!.toLowerCase()), current.name] };
    }
    writeClients(ctx.fs, store.p.clients, clients.map((c) => (c === current ? next : c)));
    return next;
  });
  if (o.json) printJson(ctx.out, clientJson(updated));
  else ctx.out(`Updated client ${describeClient(updated)}.\n`);
}
