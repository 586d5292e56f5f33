// tt client add NAME [flags]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../core/client-flags.ts';
import { findClient, NAME_RE, newClient } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { readClients, writeClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { describeClient, clientJson } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export type ClientAddOptions = ClientFlags & { json?: boolean };

export async function clientAdd(ctx: Ctx, name: string, o: ClientAddOptions): Promise<void> {
  const store = new Store(ctx);
  if (!NAME_RE.test(name)) throw new UsageError(`"${name}" is not a client name`, 'Use letters, digits, dot, dash or underscore, starting with a letter or digit.');
  const client = store.lock(() => {
    const clients = readClients(ctx.fs, store.p.clients);
    const existing = findClient(clients, name) ?? clients.find((c) => c.aliases.some((a) => a.toLowerCase() === name.toLowerCase()));
    if (existing) throw new UsageError(`client "${existing.name}" exists already`, `Change it with \`tt client set ${existing.name} ...\`.`);
    const c = applyClientFlags(newClient(name), o, ctx.now(), store.tz());
    writeClients(ctx.fs, store.p.clients, [...clients, c]);
    return c;
  });
  if (o.json) printJson(ctx.out, clientJson(client));
  else ctx.out(`Added client ${describeClient(client)}.\n`);
}
