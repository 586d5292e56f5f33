// tt client remove NAME [--force]
import type { Ctx } from '../platform/context.ts';
import { loadEntries } from '../store/load.ts';
import type { Invocation } from '../cli/runner.ts';
import { requireClient } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { readClients, writeClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const h = await loadEntries(ctx, store, { remember: false });
  const name = store.transaction((tx) => {
    const clients = readClients(ctx.fs, store.p.clients);
    const c = requireClient(clients, inv.args[0] ?? '');
    const used = h.entries.filter((e) => e.client === c.name).length;
    if (used && !inv.opts.force) {
      throw new UsageError(`client "${c.name}" has ${used} tracked entries`, 'Its rate and rules are needed to bill them. Use --force to remove it anyway.');
    }
    writeClients(tx, store.p.clients, clients.filter((x) => x !== c), store.settingsStamp());
    return c.name;
  });
  ctx.out(`Removed client ${name}.\n`);
}
