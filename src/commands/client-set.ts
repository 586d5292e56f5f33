// tt client set NAME [flags] [--clear KIND] [--rename NEW]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../cli/client-options.ts';
import type { Invocation } from '../cli/runner.ts';
import { setClient } from '../clients/change.ts';
import { Store } from '../store/store.ts';
import { clientJson, describeClient } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const o = inv.opts as ClientFlags & { json?: boolean; rename?: string };
  const updated = setClient(store, inv.args[0] ?? '', (c) => applyClientFlags(c, o, ctx.now(), store.tz()), o.rename);
  if (o.json) printJson(ctx.out, clientJson(updated));
  else ctx.out(`Updated client ${describeClient(updated)}.\n`);
}
