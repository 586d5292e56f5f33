// tt config set KEY VALUE
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { formatConfigValue, parseConfigValue } from '../core/config-keys.ts';
import { readStoredConfig, writeConfigFile } from '../store/config-file.ts';
import { Store } from '../store/store.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const [key = '', text = ''] = inv.args;
  const value = parseConfigValue(key, text);
  store.transaction((tx) => {
    const stored = readStoredConfig(ctx.fs, store.p.config);
    writeConfigFile(tx, store.p.config, { ...stored, [key]: value }, store.settingsStamp());
  });
  ctx.out(`${key} = ${formatConfigValue(key, value)}\n`);
}
