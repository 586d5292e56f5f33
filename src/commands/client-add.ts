// tt client add NAME [flags]: the currency, when not given, is config `currency` (default USD).
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../core/client-flags.ts';
import { addClient } from '../clients/change.ts';
import { Store } from '../store/store.ts';
import { readStoredConfig } from '../store/config-file.ts';
import { describeClient, clientJson } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export type ClientAddOptions = ClientFlags & { json?: boolean };

export async function clientAdd(ctx: Ctx, name: string, o: ClientAddOptions): Promise<void> {
  const store = new Store(ctx);
  // Without --currency: config `currency`, and when that is not set either, USD, said out loud.
  const chosen = readStoredConfig(ctx.fs, store.p.config).currency;
  const flags = o.currency === undefined ? { ...o, currency: String(store.config().currency) } : o;
  const client = addClient(store, name, (c) => applyClientFlags(c, flags, ctx.now(), store.tz()));
  if (o.json) printJson(ctx.out, clientJson(client));
  else ctx.out(`Added client ${describeClient(client)}.\n`);
  if (o.currency === undefined && chosen === undefined && !o.json) {
    ctx.err(`tt: note: ${client.name} is billed in ${client.currency}, the default\n  Change it with \`tt client set ${client.name} --currency EUR\`, or for clients added from now on with \`tt config set currency EUR\`.\n`);
  }
}
