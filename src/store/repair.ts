// How `tt doctor --repair` mends what it can: a shard keeps its good records and its bad ones move to
// quarantine/; any file it rewrites is first copied whole into quarantine/. Nothing is ever deleted.
// (What doctor checks: src/doctor/.)
import { join } from 'node:path';
import { writeAtomic } from './io.ts';
import { encodeShard, type StoredRecord } from './shard.ts';
import type { Store } from './store.ts';

/** What a check found about one stored file (tt doctor adds a severity and a fix: src/doctor/check.ts). */
export interface Finding {
  file: string;
  problem: string;
  repaired: boolean;
}

/** Splits a shard's text into valid and invalid records, salvaging line by line when the JSON is broken. */
export function salvageShard(text: string, validate: (r: unknown) => string | null): { good: StoredRecord[]; bad: string[] } {
  let candidates: unknown[] | null = null;
  try {
    const doc = JSON.parse(text) as { events?: unknown };
    if (Array.isArray(doc.events)) candidates = doc.events;
  } catch {
    candidates = null;
  }
  const good: StoredRecord[] = [];
  const bad: string[] = [];
  if (candidates) {
    for (const c of candidates) {
      if (validate(c)) bad.push(JSON.stringify(c));
      else good.push(c as StoredRecord);
    }
    return { good, bad };
  }
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/,$/, '');
    // One record a line (encodeShard); its keys may come in any order, so any other line that
    // opens an object is a record too.
    if (!line.startsWith('{') || /^\{\s*"version"/.test(line)) {
      if (line && !/^(\{"version":\d+,"events":\[|\]\}|\[|\]|\{|\})$/.test(line)) bad.push(raw);
      continue;
    }
    try {
      const r = JSON.parse(line) as unknown;
      if (validate(r)) bad.push(raw);
      else good.push(r as StoredRecord);
    } catch {
      bad.push(raw);
    }
  }
  return { good, bad };
}

/** Keeps `text` (a damaged file's bytes) in quarantine/ before --repair replaces the file. */
export function quarantineCopy(store: Store, file: string, text: string, suffix = 'original'): string {
  const name = quarantineName(store, file, suffix);
  // Never over an earlier copy (two repairs within one millisecond, or under a pinned clock).
  let to = name;
  for (let n = 1; store.ctx.fs.existsSync(to); n++) to = `${name}.${n}`;
  writeAtomic(store.ctx.fs, to, text);
  return to;
}

/** Rewrites a damaged shard with its good records, its original and its bad records kept aside. */
export function repairShard(store: Store, file: string, text: string, good: StoredRecord[], bad: string[]): void {
  quarantineCopy(store, file, text);
  if (bad.length) quarantineCopy(store, file, `${bad.join('\n')}\n`, 'bad');
  const sorted = [...good].sort((a, b) => (a.id < b.id ? -1 : 1));
  writeAtomic(store.ctx.fs, file, encodeShard({ version: 1, events: sorted }));
}

/** Where --repair keeps a copy of a damaged file (or its bad records): quarantine/<path_with_underscores>.<time>.<suffix>. */
export function quarantineName(store: Store, file: string, suffix: string): string {
  const rel = file.slice(store.p.root.length + 1).replace(/[\\/]/g, '_');
  return join(store.p.quarantine, `${rel}.${new Date(store.ctx.now()).toISOString().replace(/[:.]/g, '')}.${suffix}`);
}
