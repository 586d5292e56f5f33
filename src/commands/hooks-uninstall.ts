// tt hooks uninstall [--global] [--scan DIR...]: put back exactly what was there before.
import type { Ctx } from '../platform/context.ts';
import { uninstallHooks } from '../hooks/install-all.ts';
import { hooksJson, printOutcomes } from '../hooks/outcome-text.ts';
import { Store } from '../store/store.ts';

export interface HooksUninstallOptions {
  global?: boolean;
  scan?: string[];
  json?: boolean;
}

export async function hooksUninstall(ctx: Ctx, opts: HooksUninstallOptions): Promise<void> {
  const { repos, global } = await uninstallHooks(ctx, new Store(ctx), { global: Boolean(opts.global), scan: opts.scan });
  if (opts.json) {
    ctx.out(`${JSON.stringify(hooksJson(repos, global), null, 2)}\n`);
    return;
  }
  printOutcomes(ctx, repos, global, 'uninstall');
}
