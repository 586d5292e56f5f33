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

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const o = inv.opts as ClientFlags & { json?: boolean; rename?: string };
  if (o.rename !== undefined && !NAME_RE.test(o.rename)) throw new UsageError(`--rename: "${o.rename}" is not a client name`);
  const updated = store.transaction((tx) => {
    const clients = readClients(ctx.fs, store.p.clients);
    const current = requireClient(clients, inv.args[0] ?? '');
    let next = applyClientFlags(current, o, ctx.now(), store.tz());
    if (o.rename !== undefined) {
      const clash = findClient(clients, o.rename);
      if (clash && clash !== current) throw new UsageError(`--rename: client "${clash.name}" exists already`);
      // The old name becomes an alias, so entries and imports that use it still resolve.
      next = { ...next, name: o.rename, aliases: [...next.aliases.filter((a) => a.toLowerCase() !== o.rename!.toLowerCase()), current.name] };
    }
    writeClients(tx, store.p.clients, clients.map((c) => (c === current ? next : c)), store.settingsStamp());
    return next;
  });
  if (o.json) printJson(ctx.out, clientJson(updated));
  else ctx.out(`Updated client ${describeClient(updated)}.\n`);
}
