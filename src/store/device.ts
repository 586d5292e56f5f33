// This machine's id: created once, local to the machine, never synced.
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from './io.ts';

export function deviceId(fs: Fs, root: string): string {
  const path = join(root, 'device');
  const existing = readIfExists(fs, path)?.trim();
  if (existing) return existing;
  const id = randomBytes(5).toString('hex');
  writeAtomic(fs, path, `${id}\n`);
  return id;
}
