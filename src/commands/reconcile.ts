// tt reconcile [range] [--client C] [--repo PATH]... [--json]: what was worked but never logged.
import type { Ctx } from '../platform/context.ts';
import { damagedExit } from '../store/load.ts';
import { requireClient } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { resolveRange, type RangeFlags } from '../core/ranges.ts';
import { readClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { paint } from '../ui/color.ts';
import { printJson } from '../ui/entry-json.ts';
import { resultJson } from '../reconcile/json.ts';
import { reconcileRange } from '../reconcile/run.ts';
import { renderText } from '../reconcile/text.ts';

export interface ReconcileOptions extends RangeFlags {
  client?: string;
  repo?: string[];
  json?: boolean;
}

export async function reconcile(ctx: Ctx, o: ReconcileOptions): Promise<number> {
  const store = new Store(ctx);
  if (o.until && !o.since) throw new UsageError('--until needs --since here', 'Give the first day too, like --since 2026-11-01 --until 2026-11-15.');
  const range = resolveRange(o, ctx.now(), store.tz(), 'week')!;
  const clients = readClients(ctx.fs, store.p.clients);
  const client = o.client ? requireClient(clients, o.client).name : null;
  const { result, history } = await reconcileRange(ctx, store, { range, clients, client, repoArgs: o.repo ?? [] });
  if (o.json) printJson(ctx.out, resultJson(result));
  else ctx.out(renderText(result, await paint(ctx)));
  return damagedExit(history);
}
