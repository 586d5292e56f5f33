// tt config unset KEY
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { formatConfigValue, keySpec } from '../core/config-keys.ts';
import { readStoredConfig, writeConfigFile } from '../store/config-file.ts';
import { Store } from '../store/store.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const key = inv.args[0] ?? '';
  const spec = keySpec(key);
  store.transaction((tx) => {
    const stored = readStoredConfig(ctx.fs, store.p.config);
    delete stored[key];
    writeConfigFile(tx, store.p.config, stored, store.settingsStamp());
  });
  ctx.out(`${key} = ${formatConfigValue(key, spec.default())} (default)\n`);
}
