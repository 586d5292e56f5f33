// tt config unset KEY
import type { Ctx } from '../platform/context.ts';
import { formatConfigValue, keySpec } from '../core/config-keys.ts';
import { readStoredConfig, writeConfigFile } from '../store/config-file.ts';
import { Store } from '../store/store.ts';

export async function configUnset(ctx: Ctx, key: string): Promise<void> {
  const store = new Store(ctx);
  const spec = keySpec(key);
  store.lock(() => {
    const stored = readStoredConfig(ctx.fs, store.p.config);
    delete stored[key];
    writeConfigFile(ctx.fs, store.p.config, stored);
  });
  ctx.out(`${key} = ${formatConfigValue(key, spec.default())} (default)\n`);
}
