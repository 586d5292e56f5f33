// tt hooks install [--global] [--scan DIR...]: this repo, future repos, or every repo under folders.
import type { Ctx } from '../platform/context.ts';
import { installHooks } from '../hooks/install-all.ts';
import { hooksJson, printOutcomes } from '../hooks/outcome-text.ts';
import { Store } from '../store/store.ts';

export interface HooksInstallOptions {
  global?: boolean;
  scan?: string[];
  json?: boolean;
}

export async function hooksInstall(ctx: Ctx, opts: HooksInstallOptions): Promise<void> {
  const { repos, global } = await installHooks(ctx, new Store(ctx), { global: Boolean(opts.global), scan: opts.scan });
  if (opts.json) {
    ctx.out(`${JSON.stringify(hooksJson(repos, global), null, 2)}\n`);
    return;
  }
  printOutcomes(ctx, repos, global, 'install');
}
