// tt config set KEY VALUE
import type { Ctx } from '../platform/context.ts';
import { formatConfigValue, parseConfigValue } from '../core/config-keys.ts';
import { changeConfig } from '../store/config-file.ts';
import { Store } from '../store/store.ts';

export async function configSet(ctx: Ctx, key: string, text: string): Promise<void> {
  const value = parseConfigValue(key, text);
  changeConfig(new Store(ctx), key, value);
  ctx.out(`${key} = ${formatConfigValue(key, value)}\n`);
}
