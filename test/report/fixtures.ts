// Small builders for report tests: entries and clients as plain data, instants from ISO text.
import { newClient, type Client } from '../../src/core/client.ts';
import type { Entry } from '../../src/core/events.ts';

let n = 0;

export function entry(client: string, start: string, end: string | null, more: Partial<Entry> = {}): Entry {
  n++;
  return {
    id: `01J00000000000000000000${String(n).padStart(3, '0')}`,
    client,
    tags: [],
    start: Date.parse(start),
    end: end === null ? null : Date.parse(end),
    tz: 'Europe/Berlin',
    source: 'cli',
    lastAction: 'a',
    ...more,
  };
}

export function client(name: string, more: Partial<Client> = {}): Client {
  return { ...newClient(name), ...more };
}
