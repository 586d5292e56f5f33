// Devices by name: the id in the data folder's paths is random and says nothing about the machine;
// the name is how the user tells devices apart in what sync and undo print ("from laptop"). Each
// device records its own name as the settings key `device:<id>` in its own settings file, so names
// sync like any setting and no device writes another's. A device without a name is shown by its id.
import type { SettingsFile } from './settings.ts';

export const deviceKey = (id: string): string => `device:${id}`;

/** Why `name` cannot name a device, or null: 1 to 64 characters, none of them a control character. */
export function deviceNameProblem(name: string): string | null {
  if (!name.trim()) return 'a device name cannot be empty';
  if ([...name].length > 64) return `"${name.slice(0, 64)}…" is longer than 64 characters`;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'a device name cannot hold a line break or another control character';
  return null;
}

/** The host name as a default name: trimmed and cut to what a name may be, or null when nothing is left. */
export function defaultDeviceName(host: string): string | null {
  const name = host.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, 64);
  return name || null;
}

/** Every device's name, by id, from the settings files (a device's own file names it). */
export function deviceNames(files: readonly SettingsFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    const v = f.values[deviceKey(f.device)]?.value;
    if (typeof v === 'string' && !deviceNameProblem(v)) out.set(f.device, v);
  }
  return out;
}

export function nameOf(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) ?? id;
}
