// config.json: `{ "version": 1, "values": { key: value } }`. Read without zod (status reads it).
import { DataError } from '../core/errors.ts';
import { CONFIG_KEYS, isLocalKey, type ConfigValue } from '../core/config-keys.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists } from './io.ts';
import type { Transaction } from './transaction.ts';
import type { Store } from './store.ts';
import { dirname } from 'node:path';
import { configKey, recordSettings, type SettingsStamp } from './settings.ts';

export type ConfigValues = Record<string, ConfigValue>;

export function readStoredConfig(fs: Fs, path: string): ConfigValues {
  return parseConfig(readIfExists(fs, path), path);
}

function parseConfig(text: string | null, path: string): ConfigValues {
  if (text === null) return {};
  try {
    const doc = JSON.parse(text) as { version?: number; values?: ConfigValues };
    if (doc.version !== 1 || typeof doc.values !== 'object' || doc.values === null) throw new Error('bad shape');
    return doc.values;
  } catch {
    throw new DataError(`${path} is damaged; it was left as it is`, 'Fix the file by hand or move it away; `tt doctor` shows what is wrong.');
  }
}

/** Stored values over defaults. */
export function readConfigFile(fs: Fs, path: string): ConfigValues {
  return withDefaults(readStoredConfig(fs, path));
}

export function withDefaults(stored: ConfigValues): ConfigValues {
  const out: ConfigValues = {};
  for (const [key, spec] of Object.entries(CONFIG_KEYS)) out[key] = stored[key] ?? spec.default();
  return out;
}

/**
 * Writes stored values and records what changed in this device's settings, so sync can merge it:
 * both in `tx`, so the settings record and the file made from it change together or not at all.
 */
export function writeConfigFile(tx: Transaction, path: string, values: ConfigValues, stamp: SettingsStamp): void {
  const before = parseConfig(tx.read(path), path);
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(values)])) {
    // A machine's own keys (local paths) are not recorded: sync never carries them.
    if (!isLocalKey(key) && JSON.stringify(before[key]) !== JSON.stringify(values[key])) changes[configKey(key)] = values[key] ?? null;
  }
  recordSettings(tx, dirname(path), stamp, changes);
  materializeConfig(tx, path, values);
}

/** `tt config set` (a value) and `unset` (undefined: back to the default), in one transaction. */
export function changeConfig(store: Store, key: string, value: ConfigValue | undefined): void {
  store.transaction((tx) => {
    const stored = parseConfig(tx.read(store.p.config), store.p.config);
    if (value === undefined) delete stored[key];
    else stored[key] = value;
    writeConfigFile(tx, store.p.config, stored, store.settingsStamp());
  });
}

/** Writes config.json as given, without recording: the result of a merge. */
export function materializeConfig(tx: Transaction, path: string, values: ConfigValues): void {
  tx.write(path, `${JSON.stringify({ version: 1, values }, null, 2)}\n`);
}
