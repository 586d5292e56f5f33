// tt client add NAME [flags]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../core/client-flags.ts';
import { addClient } from '../clients/change.ts';
import { Store } from '../store/store.ts';
import { describeClient, clientJson } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export type ClientAddOptions = ClientFlags & { json?: boolean };

export async function clientAdd(ctx: Ctx, name: string, o: ClientAddOptions): Promise<void> {
  const store = new Store(ctx);
  const client = addClient(store, name, (c) => applyClientFlags(c, o, ctx.now(), store.tz()));
  if (o.json) printJson(ctx.out, clientJson(client));
  else ctx.out(`Added client ${describeClient(client)}.\n`);
}
