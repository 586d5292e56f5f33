// tt config unset KEY
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { formatConfigValue, keySpec } from '../core/config-keys.ts';
import { changeConfig } from '../store/config-file.ts';
import { Store } from '../store/store.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const key = inv.args[0] ?? '';
  const spec = keySpec(key);
  changeConfig(new Store(ctx), key, undefined);
  ctx.out(`${key} = ${formatConfigValue(key, spec.default())} (default)\n`);
}
