// tt client remove NAME [--force]
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { removeClient } from '../clients/change.ts';
import { Store } from '../store/store.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const name = await removeClient(ctx, new Store(ctx), inv.args[0] ?? '', Boolean(inv.opts.force));
  ctx.out(`Removed client ${name}.\n`);
}
