// Month shards: events/<device>/YYYY-MM.json, `{ "version": 1, "events": [...] }`, one event per line
// so that a damaged file can be salvaged line by line by `tt doctor --repair`.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { DocumentAdapter, openDocument, VERSION } from './document.ts';
import type { LowSync } from 'lowdb';

export interface StoredRecord {
  id: string;
  [key: string]: unknown;
}

export interface ShardData {
  version: number;
  events: StoredRecord[];
}

export type Validate = (record: unknown) => string | null; // a problem, or null when fine

export function encodeShard(data: ShardData): string {
  const lines = data.events.map((e) => JSON.stringify(e));
  return `{"version":${VERSION},"events":[\n${lines.join(',\n')}\n]}\n`;
}

export function shardAdapter(fs: Fs, path: string, validate: Validate): DocumentAdapter<ShardData> {
  return new DocumentAdapter<ShardData>(
    fs,
    path,
    (raw) => {
      const events = (raw as { events?: unknown }).events;
      if (!Array.isArray(events)) throw new DataError(`${path} is damaged: it has no "events" list; it was left as it is`);
      events.forEach((e, i) => {
        const problem = validate(e);
        if (problem) throw new DataError(`${path} is damaged: event ${i + 1} (line ${i + 2}) ${problem}; it was left as it is`);
      });
      return raw as ShardData;
    },
    encodeShard,
    firstBrokenLine,
  );
}

/** The first line of a shard (one event a line, as encodeShard writes) that is not JSON, if any. */
export function firstBrokenLine(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim().replace(/,$/, '');
    if (!line || line === ']}') continue;
    try {
      JSON.parse(line);
    } catch {
      return `event ${i} (line ${i + 1}) is not valid JSON: ${line.length > 80 ? `${line.slice(0, 80)}...` : line}`;
    }
  }
  return /^\{"version":\d+,"events":\[$/.test(lines[0]?.trim() ?? '') ? null : 'line 1 is not the start of a shard';
}

export function openShard(fs: Fs, path: string, validate: Validate): LowSync<ShardData> {
  return openDocument(shardAdapter(fs, path, validate), { version: VERSION, events: [] });
}

/** Every shard file under a stream folder (events/ or activity/), across devices, oldest month first. */
export function listShards(fs: Fs, dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const device of fs.readdirSync(dir).sort()) {
    const sub = join(dir, device);
    let files: string[];
    try {
      files = fs.readdirSync(sub);
    } catch {
      continue;
    }
    for (const f of files.sort()) if (/^\d{4}-\d{2}\.json$/.test(f)) out.push(join(sub, f));
  }
  return out;
}

export function shardPath(dir: string, device: string, atIso: string): string {
  return join(dir, device, `${atIso.slice(0, 7)}.json`);
}
