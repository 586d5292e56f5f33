// tt config unset KEY
import type { Ctx } from '../platform/context.ts';
import { formatConfigValue, keySpec } from '../core/config-keys.ts';
import { changeConfig } from '../store/config-file.ts';
import { Store } from '../store/store.ts';

export async function configUnset(ctx: Ctx, key: string): Promise<void> {
  const spec = keySpec(key);
  changeConfig(new Store(ctx), key, undefined);
  ctx.out(`${key} = ${formatConfigValue(key, spec.default())} (default)\n`);
}
