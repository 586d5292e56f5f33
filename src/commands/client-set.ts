// tt client set NAME [flags] [--clear KIND] [--rename NEW]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../cli/client-options.ts';
import type { Invocation } from '../cli/runner.ts';
import { repricingGuard, setClient } from '../clients/change.ts';
import type { Client } from '../core/client.ts';
import { Store } from '../store/store.ts';
import { clientJson, describeClient } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

type SetOptions = ClientFlags & { json?: boolean; rename?: string; yes?: boolean };

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const o = inv.opts as SetOptions;
  const ref = inv.args[0] ?? '';
  const configure = (c: Client): Client => applyClientFlags(c, o, ctx.now(), store.tz());
  // A change of how work is billed, without --from or --yes, may reach back to work not invoiced yet.
  const repricing = o.from === undefined && !o.yes && [o.rate, o.currency, o.round, o.roundMode, o.tax].some((v) => v !== undefined);
  if (repricing) await repricingGuard(ctx, store, ref, configure, o.rename);
  const updated = setClient(store, ref, configure, o.rename);
  if (o.json) printJson(ctx.out, clientJson(updated));
  else ctx.out(`Updated client ${describeClient(updated)}.\n`);
}
