// tt client remove NAME [--force]
import type { Ctx } from '../platform/context.ts';
import { loadEntries } from '../store/load.ts';
import { requireClient } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { readClients, writeClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';

export async function clientRemove(ctx: Ctx, given: string, opts: { force?: boolean }): Promise<void> {
  const store = new Store(ctx);
  const h = await loadEntries(ctx, store, { remember: false });
  const name = store.lock(() => {
    const clients = readClients(ctx.fs, store.p.clients);
    const c = requireClient(clients, given);
    const used = h.entries.filter((e) => e.client === c.name).length;
    if (used && !opts.force) {
      throw new UsageError(`client "${c.name}" has ${used} tracked entries`, 'Its rate and rules are needed to bill them. Use --force to remove it anyway.');
    }
    writeClients(ctx.fs, store.p.clients, clients.filter((x) => x !== c));
    return c.name;
  });
  ctx.out(`Removed client ${name}.\n`);
}
