// tt client remove NAME [--force]
import type { Ctx } from '../platform/context.ts';
import { removeClient } from '../clients/change.ts';
import { Store } from '../store/store.ts';

export async function clientRemove(ctx: Ctx, given: string, opts: { force?: boolean }): Promise<void> {
  const name = await removeClient(ctx, new Store(ctx), given, Boolean(opts.force));
  ctx.out(`Removed client ${name}.\n`);
}
