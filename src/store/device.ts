// This machine's id: created once, random (it identifies nothing about the machine), kept in the
// local file `device`. It names this device's folders (events/<device>/, activity/<device>/) and
// settings file, which sync, so it is checked wherever it is read: an id like `../../evil` would
// send writes outside the data folder. The device's name, which sync shows, is a setting
// (device-names.ts).
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from './io.ts';

/** tt makes ten hex digits; lowercase letters and digits, 4 to 32 of them, are accepted. */
export const DEVICE_RE = /^[a-z0-9]{4,32}$/;

/** Why `id` (the file's text, trimmed) is not a device id, or null when it is one. */
export function deviceProblem(id: string): string | null {
  if (DEVICE_RE.test(id)) return null;
  const shown = JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id);
  return `${shown} is not a device id (4 to 32 lowercase letters and digits)`;
}

export function deviceId(fs: Fs, root: string): string {
  const path = join(root, 'device');
  const existing = readIfExists(fs, path)?.trim();
  if (existing) {
    const problem = deviceProblem(existing);
    if (problem) {
      throw new DataError(
        `${path} is damaged: ${problem}; nothing was written`,
        `Put this machine's id back (the name of its folder in ${join(root, 'events')}), or remove the file and tt makes a new id.`,
      );
    }
    return existing;
  }
  const id = randomBytes(5).toString('hex');
  writeAtomic(fs, path, `${id}\n`);
  return id;
}
