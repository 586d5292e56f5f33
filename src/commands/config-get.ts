// tt config get KEY [--json]
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { formatConfigValue, keySpec } from '../core/config-keys.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const key = inv.args[0] ?? '';
  keySpec(key);
  const value = store.config()[key]!;
  if (inv.opts.json) printJson(ctx.out, value);
  else ctx.out(`${formatConfigValue(key, value)}\n`);
}
