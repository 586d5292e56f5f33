// The records a data folder holds, wherever they are: month shards, journals set aside by a fold,
// and the journal (a line holds one record, or a JSON array of one command's records). A fold moves
// records between these; it must never add, drop or change one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardEvents } from './store-files.ts';

/** Every distinct record (as its JSON text), sorted: equal before and after means nothing changed. */
export function storedRecords(home: string): string[] {
  const out = new Set<string>();
  for (const e of shardEvents(home)) {
    const { file: _file, ...record } = e;
    out.add(canonical(record));
  }
  if (existsSync(home)) {
    for (const f of readdirSync(home)) {
      if (f !== 'journal.ndjson' && !/^journal\..+\.aside$/.test(f)) continue;
      for (const line of readFileSync(join(home, f), 'utf8').split('\n')) {
        if (!line.startsWith('{') && !line.startsWith('[')) continue;
        let parsed: object;
        try {
          parsed = JSON.parse(line) as object;
        } catch {
          continue; // a line a failed write left unfinished holds no record
        }
        for (const r of Array.isArray(parsed) ? parsed : [parsed]) out.add(canonical(r as object));
      }
    }
  }
  return [...out].sort();
}

/** JSON with keys in a fixed order, so one record reads the same from a journal line and a shard. */
function canonical(value: object): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
