// clients.json: `{ "version": 1, "clients": [...] }`, validated on read.
import type { Client } from '../core/client.ts';
import { DataError } from '../core/errors.ts';
import { DocumentAdapter, openDocument } from './document.ts';
import type { Fs } from '../platform/fs.ts';
import type { Transaction } from './transaction.ts';
import { clientSchema, describeIssues } from './schema.ts';
import { dirname } from 'node:path';
import { clientKey, recordSettings, type SettingsStamp } from './settings.ts';

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

/**
 * Writes the list and records what changed in this device's settings, so sync can merge it: both in
 * `tx`, so the settings record and the file made from it change together or not at all.
 */
export function writeClients(tx: Transaction, path: string, clients: Client[], stamp: SettingsStamp): void {
  const text = tx.read(path);
  const before = new Map((text === null ? [] : adapter(tx.fs, path).parse(text).clients).map((c) => [clientKey(c.name), c]));
  const sorted = [...clients].sort((a, b) => a.name.localeCompare(b.name));
  const changes: Record<string, unknown> = {};
  for (const c of sorted) {
    const k = clientKey(c.name);
    if (JSON.stringify(before.get(k)) !== JSON.stringify(c)) changes[k] = c;
    before.delete(k);
  }
  for (const k of before.keys()) changes[k] = null;
  recordSettings(tx, dirname(path), stamp, changes);
  materializeClients(tx, path, sorted);
}

/** Writes clients.json as given, without recording: the result of a merge. */
export function materializeClients(tx: Transaction, path: string, clients: Client[]): void {
  tx.write(path, adapter(tx.fs, path).text({ version: 1, clients: [...clients].sort((a, b) => a.name.localeCompare(b.name)) }));
}
