// clients.json: `{ "version": 1, "clients": [...] }`, validated on read.
import type { Client } from '../core/client.ts';
import { DataError } from '../core/errors.ts';
import { DocumentAdapter, openDocument } from './document.ts';
import type { Fs } from '../platform/fs.ts';
import { atomically } from './io.ts';
import { clientSchema, describeIssues } from './schema.ts';
import { dirname } from 'node:path';
import { clientKey, recordSettings } from './settings.ts';
import { deviceId } from './device.ts';

interface ClientsDoc {
  version: number;
  clients: Client[];
}

function adapter(fs: Fs, path: string): DocumentAdapter<ClientsDoc> {
  return new DocumentAdapter<ClientsDoc>(fs, path, (raw) => {
    const list = (raw as { clients?: unknown }).clients;
    if (!Array.isArray(list)) throw new DataError(`${path} is damaged: no "clients" list; it was left as it is`);
    list.forEach((c, i) => {
      const r = clientSchema.safeParse(c);
      if (!r.success) throw new DataError(`${path} is damaged: client ${i + 1} ${describeIssues(r.error)}; it was left as it is`);
    });
    return raw as ClientsDoc;
  });
}

export function readClients(fs: Fs, path: string): Client[] {
  return openDocument(adapter(fs, path), { version: 1, clients: [] }).data.clients;
}

/** Writes the list and records what changed in this device's settings, so sync can merge it. */
export function writeClients(fs: Fs, path: string, clients: Client[], now: number): void {
  const before = new Map(readClients(fs, path).map((c) => [clientKey(c.name), c]));
  const sorted = [...clients].sort((a, b) => a.name.localeCompare(b.name));
  const changes: Record<string, unknown> = {};
  for (const c of sorted) {
    const k = clientKey(c.name);
    if (JSON.stringify(before.get(k)) !== JSON.stringify(c)) changes[k] = c;
    before.delete(k);
  }
  for (const k of before.keys()) changes[k] = null;
  const root = dirname(path);
  // The settings record and the file made from it change together or not at all (a full disk).
  atomically(fs, () => {
    recordSettings(fs, root, deviceId(fs, root), changes, now);
    materializeClients(fs, path, sorted);
  });
}

/** Writes clients.json as given, without recording: the result of a merge. */
export function materializeClients(fs: Fs, path: string, clients: Client[]): void {
  adapter(fs, path).write({ version: 1, clients: [...clients].sort((a, b) => a.name.localeCompare(b.name)) });
}
