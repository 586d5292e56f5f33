// tt config set KEY VALUE
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { formatConfigValue, parseConfigValue } from '../core/config-keys.ts';
import { changeConfig } from '../store/config-file.ts';
import { Store } from '../store/store.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const [key = '', text = ''] = inv.args;
  const value = parseConfigValue(key, text);
  changeConfig(new Store(ctx), key, value);
  ctx.out(`${key} = ${formatConfigValue(key, value)}\n`);
}
