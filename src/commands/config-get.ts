// tt config get KEY [--json]
import type { Ctx } from '../platform/context.ts';
import { formatConfigValue, keySpec } from '../core/config-keys.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';

export async function configGet(ctx: Ctx, key: string, opts: { json?: boolean }): Promise<void> {
  const store = new Store(ctx);
  keySpec(key);
  const value = store.config()[key]!;
  if (opts.json) printJson(ctx.out, value);
  else ctx.out(`${formatConfigValue(key, value)}\n`);
}
