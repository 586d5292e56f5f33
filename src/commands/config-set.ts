// tt config set KEY VALUE
import type { Ctx } from '../platform/context.ts';
import { formatConfigValue, parseConfigValue } from '../core/config-keys.ts';
import { readStoredConfig, writeConfigFile } from '../store/config-file.ts';
import { Store } from '../store/store.ts';

export async function configSet(ctx: Ctx, key: string, text: string): Promise<void> {
  const store = new Store(ctx);
  const value = parseConfigValue(key, text);
  store.lock(() => {
    const stored = readStoredConfig(ctx.fs, store.p.config);
    writeConfigFile(ctx.fs, store.p.config, { ...stored, [key]: value });
  });
  ctx.out(`${key} = ${formatConfigValue(key, value)}\n`);
}
