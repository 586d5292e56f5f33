// clients.json: `{ "version": 1, "clients": [...] }`, validated on read.
import type { Client } from '../core/client.ts';
import { DataError } from '../core/errors.ts';
import { DocumentAdapter, openDocument } from './document.ts';
import type { Fs } from './fs.ts';
import { clientSchema, describeIssues } from './schema.ts';

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

export function writeClients(fs: Fs, path: string, clients: Client[]): void {
  const sorted = [...clients].sort((a, b) => a.name.localeCompare(b.name));
  adapter(fs, path).write({ version: 1, clients: sorted });
}
