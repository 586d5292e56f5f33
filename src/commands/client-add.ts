// tt client add NAME [flags]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../cli/client-options.ts';
import type { Invocation } from '../cli/runner.ts';
import { findClient, NAME_RE, newClient } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { readClients, writeClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { describeClient, clientJson } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const name = inv.args[0] ?? '';
  if (!NAME_RE.test(name)) throw new UsageError(`"${name}" is not a client name`, 'Use letters, digits, dot, dash or underscore, starting with a letter or digit.');
  const o = inv.opts as ClientFlags & { json?: boolean };
  const client = store.transaction((tx) => {
    const clients = readClients(ctx.fs, store.p.clients);
    const existing = findClient(clients, name) ?? clients.find((c) => c.aliases.some((a) => a.toLowerCase() === name.toLowerCase()));
    if (existing) throw new UsageError(`client "${existing.name}" exists already`, `Change it with \`tt client set ${existing.name} ...\`.`);
    const c = applyClientFlags(newClient(name), o, ctx.now(), store.tz());
    writeClients(tx, store.p.clients, [...clients, c], store.settingsStamp());
    return c;
  });
  if (o.json) printJson(ctx.out, clientJson(client));
  else ctx.out(`Added client ${describeClient(client)}.\n`);
}
