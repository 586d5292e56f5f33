// Time events in the stored format (src/core/events.ts), made in bulk to pre-fill a journal: each a
// finished entry of one hour with a real ULID, spread over several months so a fold writes several
// shards.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import type { EntryEvent } from '../../src/core/events.ts';

const HOUR = 3_600_000;

/** `n` entry events starting at `fromMs`, one a day at 09:00 UTC, cycling over `months` months. */
export function entryEvents(n: number, fromMs: number, months: number, tag: string): EntryEvent[] {
  const out: EntryEvent[] = [];
  for (let i = 0; i < n; i++) {
    const month = i % months;
    const day = Math.floor(i / months) % 28;
    const d = new Date(fromMs);
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + month, 1 + day, 9);
    const id = ulid(start);
    out.push({
      id,
      v: 1,
      device: 'reliability',
      at: new Date(start + HOUR).toISOString(),
      tz: 'Europe/Berlin',
      source: 'import',
      action: id,
      kind: 'entry',
      entry: id,
      start: new Date(start).toISOString(),
      end: new Date(start + HOUR).toISOString(),
      client: 'acme',
      tags: [],
      note: `${tag}-${i}`,
    });
  }
  return out;
}

/** Appends records to the data folder's journal the way tt does: one JSON line each. */
export function appendToJournal(home: string, events: readonly object[]): void {
  appendFileSync(join(home, 'journal.ndjson'), events.map((e) => `${JSON.stringify(e)}\n`).join(''), { mode: 0o600 });
}
