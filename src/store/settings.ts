// Settings that sync: every change to a client or a config key is also recorded in this device's
// settings/<device>.json with a Lamport clock. Devices never write each other's files, so sync merges
// them without git conflicts; the value with the highest (clock, device) wins per key (last writer
// wins, by a hybrid logical clock), and
// clients.json / config.json are this device's materialised view of the winners.
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import type { Transaction } from './transaction.ts';
import { DataError } from '../core/errors.ts';

export interface Setting {
  value: unknown; // null: removed
  clock: number;
}

export interface SettingsFile {
  version: 1;
  device: string;
  values: Record<string, Setting>;
}

/**
 * Who records a change, and when: this device, and the real clock (ctx.clock(), not the pinned
 * ctx.now()): like a record's id, a setting's clock orders edits as they really happened, so that
 * of two devices editing one client the later edit wins even when both run under TT_NOW.
 */
export interface SettingsStamp {
  device: string;
  realNow: number;
}

export interface Winner extends Setting {
  key: string;
  device: string;
}

export function settingsDir(root: string): string {
  return join(root, 'settings');
}

export function readSettingsFiles(fs: Fs, root: string): SettingsFile[] {
  const dir = settingsDir(root);
  if (!fs.existsSync(dir)) return [];
  const out: SettingsFile[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const path = join(dir, f);
    out.push(parseSettings(fs.readFileSync(path, 'utf8'), path, f.replace(/\.json$/, '')));
  }
  return out;
}

function parseSettings(text: string, path: string, device: string): SettingsFile {
  try {
    const doc = JSON.parse(text) as SettingsFile;
    if (doc.version !== 1 || typeof doc.values !== 'object') throw new Error('bad shape');
    return { ...doc, device: doc.device ?? device };
  } catch {
    throw new DataError(`${path} is damaged; it was left as it is`);
  }
}

/** Pure: the winning value of every key over all devices' files. */
export function mergeSettings(files: readonly SettingsFile[]): Map<string, Winner> {
  const winners = new Map<string, Winner>();
  for (const f of files) {
    for (const [key, s] of Object.entries(f.values)) {
      const w = winners.get(key);
      if (!w || s.clock > w.clock || (s.clock === w.clock && f.device > w.device)) winners.set(key, { key, device: f.device, ...s });
    }
  }
  return winners;
}

function maxClock(files: readonly SettingsFile[]): number {
  let m = 0;
  for (const f of files) for (const s of Object.values(f.values)) m = Math.max(m, s.clock);
  return m;
}

/**
 * Records changed keys for this device, in `tx`. The clock is hybrid: the wall clock in
 * milliseconds, but always above every clock seen so far, so the later edit wins and a change made
 * after seeing another device's change always beats it, even across skewed clocks.
 */
export function recordSettings(tx: Transaction, root: string, stamp: SettingsStamp, changes: Record<string, unknown>): void {
  const keys = Object.keys(changes);
  if (!keys.length) return;
  const { device, realNow } = stamp;
  const path = join(settingsDir(root), `${device}.json`);
  // This device's file as the transaction leaves it so far (it may have recorded something already).
  const text = tx.read(path);
  const files = readSettingsFiles(tx.fs, root).filter((f) => f.device !== device);
  const mine = text === null ? { version: 1 as const, device, values: {} } : parseSettings(text, path, device);
  const clock = Math.max(maxClock([...files, mine]) + 1, realNow);
  for (const k of keys) mine.values[k] = { value: changes[k] ?? null, clock };
  tx.write(path, `${JSON.stringify(mine, null, 1)}\n`);
}

/** Keys for the settings store. */
export const clientKey = (name: string): string => `client:${name.toLowerCase()}`;
export const configKey = (key: string): string => `config:${key}`;
