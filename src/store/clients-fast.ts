// Client names and aliases without zod, for start and continue: they only need to know the name exists.
import type { Client } from '../core/client.ts';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists } from './io.ts';

export function readClientsLoose(fs: Fs, path: string): Client[] {
  const text = readIfExists(fs, path);
  if (text === null) return [];
  try {
    const doc = JSON.parse(text) as { version?: number; clients?: Client[] };
    if (doc.version !== 1 || !Array.isArray(doc.clients) || doc.clients.some((c) => typeof c?.name !== 'string')) throw new Error();
    return doc.clients.map((c) => ({ ...c, aliases: Array.isArray(c.aliases) ? c.aliases : [] }));
  } catch {
    throw new DataError(`${path} is damaged; it was left as it is`);
  }
}
