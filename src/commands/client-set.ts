// tt client set NAME [flags] [--clear KIND] [--rename NEW]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../core/client-flags.ts';
import { findClient, NAME_RE, requireClient } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { readClients, writeClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { clientJson, describeClient } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export type ClientSetOptions = ClientFlags & { json?: boolean; rename?: string };

export async function clientSet(ctx: Ctx, name: string, o: ClientSetOptions): Promise<void> {
  const store = new Store(ctx);
  if (o.rename !== undefined && !NAME_RE.test(o.rename)) throw new UsageError(`--rename: "${o.rename}" is not a client name`);
  const updated = store.lock(() => {
    const clients = readClients(ctx.fs, store.p.clients);
    const current = requireClient(clients, name);
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
