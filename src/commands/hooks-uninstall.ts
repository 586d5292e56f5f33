// tt hooks uninstall [--global] [--scan DIR...]: put back exactly what was there before.
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { uninstallHooks } from '../hooks/install-all.ts';
import { hooksJson, printOutcomes } from '../hooks/outcome-text.ts';
import { Store } from '../store/store.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const { repos, global } = await uninstallHooks(ctx, new Store(ctx), { global: Boolean(inv.opts.global), scan: inv.opts.scan as string[] | undefined });
  if (inv.opts.json) {
    ctx.out(`${JSON.stringify(hooksJson(repos, global), null, 2)}\n`);
    return;
  }
  printOutcomes(ctx, repos, global, 'uninstall');
}
