// tt config list [--json]
import type { Ctx } from '../platform/context.ts';
import { CONFIG_KEYS, formatConfigValue } from '../core/config-keys.ts';
import { readStoredConfig } from '../store/config-file.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';

export async function configList(ctx: Ctx, opts: { json?: boolean }): Promise<void> {
  const store = new Store(ctx);
  const values = store.config();
  const stored = readStoredConfig(ctx.fs, store.p.config);
  if (opts.json) {
    printJson(ctx.out, Object.keys(CONFIG_KEYS).map((key) => ({ key, value: values[key], default: !(key in stored), description: CONFIG_KEYS[key]!.describe })));
    return;
  }
  for (const [key, spec] of Object.entries(CONFIG_KEYS)) {
    const mark = key in stored ? '' : ' (default)';
    ctx.out(`${key.padEnd(16)} ${formatConfigValue(key, values[key]!)}${mark}\n${''.padEnd(17)}${spec.describe}\n`);
  }
}
