// config.json: `{ "version": 1, "values": { key: value } }`. Read without zod (status reads it).
import { DataError } from '../core/errors.ts';
import { CONFIG_KEYS, isLocalKey, type ConfigValue } from '../core/config-keys.ts';
import type { Fs } from '../platform/fs.ts';
import { atomically, readIfExists, writeAtomic } from './io.ts';
import { dirname } from 'node:path';
import { configKey, recordSettings } from './settings.ts';
import { deviceId } from './device.ts';

export type ConfigValues = Record<string, ConfigValue>;

export function readStoredConfig(fs: Fs, path: string): ConfigValues {
  const text = readIfExists(fs, path);
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

/** Writes stored values and records what changed in this device's settings, so sync can merge it. */
export function writeConfigFile(fs: Fs, path: string, values: ConfigValues): void {
  const before = readStoredConfig(fs, path);
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(values)])) {
    // A machine's own keys (local paths) are not recorded: sync never carries them.
    if (!isLocalKey(key) && JSON.stringify(before[key]) !== JSON.stringify(values[key])) changes[configKey(key)] = values[key] ?? null;
  }
  const root = dirname(path);
  // The settings record and the file made from it change together or not at all (a full disk).
  atomically(fs, () => {
    recordSettings(fs, root, deviceId(fs, root), changes);
    materializeConfig(fs, path, values);
  });
}

/** Writes config.json as given, without recording: the result of a merge. */
export function materializeConfig(fs: Fs, path: string, values: ConfigValues): void {
  writeAtomic(fs, path, `${JSON.stringify({ version: 1, values }, null, 2)}\n`);
}
