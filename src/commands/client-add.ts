// tt client add NAME [flags]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../cli/client-options.ts';
import type { Invocation } from '../cli/runner.ts';
import { addClient } from '../clients/change.ts';
import { Store } from '../store/store.ts';
import { describeClient, clientJson } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const o = inv.opts as ClientFlags & { json?: boolean };
  const client = addClient(store, inv.args[0] ?? '', (c) => applyClientFlags(c, o, ctx.now(), store.tz()));
  if (o.json) printJson(ctx.out, clientJson(client));
  else ctx.out(`Added client ${describeClient(client)}.\n`);
}
