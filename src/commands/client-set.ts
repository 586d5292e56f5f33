// tt client set NAME [flags] [--clear KIND] [--rename NEW] [--yes]
import type { Ctx } from '../platform/context.ts';
import { applyClientFlags, type ClientFlags } from '../core/client-flags.ts';
import { repricingGuard, setClient } from '../clients/change.ts';
import type { Client } from '../core/client.ts';
import { Store } from '../store/store.ts';
import { clientJson, describeClient } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export type ClientSetOptions = ClientFlags & { json?: boolean; rename?: string; yes?: boolean };

export async function clientSet(ctx: Ctx, name: string, o: ClientSetOptions): Promise<void> {
  const store = new Store(ctx);
  const configure = (c: Client): Client => applyClientFlags(c, o, ctx.now(), store.tz());
  // A change of how work is billed, without --from or --yes, may reach back to work not invoiced yet.
  const repricing = o.from === undefined && !o.yes && [o.rate, o.currency, o.round, o.roundMode, o.tax].some((v) => v !== undefined);
  if (repricing) await repricingGuard(ctx, store, name, configure, o.rename);
  const updated = setClient(store, name, configure, o.rename);
  if (o.json) printJson(ctx.out, clientJson(updated));
  else ctx.out(`Updated client ${describeClient(updated)}.\n`);
}
