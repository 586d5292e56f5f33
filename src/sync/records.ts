// The records in one synced file's text, for comparing two versions of it record by record: a shard
// or an invoice's status records by id, a settings file by key (value and clock), an invoice as one
// record. A record is compared in a canonical form (keys sorted), so the same record written by
// another tt, with its keys in another order, is the same record. Lines that are not records (a
// write a full disk cut short) are no records: dropping them changes nothing. Pure.
import type { SyncedKind } from './paths.ts';

/**
 * Record id (or settings key) -> its text as written (`raw`) and its value; for settings also its
 * clock. Two records are the same when their texts are, or else their canonical forms (sameRecord).
 */
export type Records = Map<string, { raw: string; value: unknown; clock?: number }>;

/** The same record: written alike, or alike once keys are sorted (another tt's order). */
export function sameRecord(a: { raw: string; value: unknown }, b: { raw: string; value: unknown }): boolean {
  return a.raw === b.raw || canonical(a.value) === canonical(b.value);
}

/** JSON with every object's keys sorted: one text per value, whatever order it was written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function withId(out: Records, value: unknown, raw: string): void {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && id) out.set(id, { raw, value });
}

/** Records of a month shard: the whole document when it parses, else line by line (one record a line). */
function shardRecords(text: string): Records {
  const out: Records = new Map();
  try {
    const doc = JSON.parse(text) as { events?: unknown };
    if (Array.isArray(doc?.events)) {
      for (const e of doc.events) withId(out, e, JSON.stringify(e));
      return out;
    }
  } catch {
    /* salvaged below */
  }
  for (const line of text.split('\n').slice(1)) {
    const t = line.trim().replace(/,$/, '');
    if (!t || t === ']}') continue;
    try {
      withId(out, JSON.parse(t), t);
    } catch {
      /* not a record */
    }
  }
  return out;
}

function lineRecords(text: string): Records {
  const out: Records = new Map();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      withId(out, JSON.parse(line), line);
    } catch {
      /* a line a failed write left: not a record */
    }
  }
  return out;
}

function settingsRecords(text: string): Records {
  const out: Records = new Map();
  try {
    const values = (JSON.parse(text) as { values?: Record<string, { value?: unknown; clock?: unknown }> }).values ?? {};
    for (const [key, s] of Object.entries(values)) {
      if (typeof s?.clock === 'number') out.set(key, { raw: JSON.stringify(s.value ?? null), value: s.value ?? null, clock: s.clock });
    }
  } catch {
    /* a damaged settings file holds nothing to keep */
  }
  return out;
}

/**
 * The lines `theirs` adds to `ours` when it holds every line of `ours` as it is and more after them
 * (a device appending to its own file: a fold adds lines after the last, a status record a line),
 * else null. Lets a sync check the usual case without reading every record.
 */
export function appendedLines(kind: SyncedKind, ours: string, theirs: string): string[] | null {
  if (kind === 'records') {
    if (!theirs.startsWith(ours) || (ours && !ours.endsWith('\n'))) return null;
    return theirs.slice(ours.length).split('\n').filter((l) => l.trim());
  }
  if (kind !== 'time' && kind !== 'activity') return null;
  const tail = '\n]}\n';
  if (!ours.endsWith(tail) || !theirs.endsWith(tail)) return null;
  const body = ours.slice(0, -tail.length);
  if (theirs === ours) return [];
  if (!theirs.startsWith(`${body},\n`)) return null;
  return theirs.slice(body.length + 2, -tail.length).split(',\n');
}

/** The record lines of a shard as folds write it (one a line), or null when it is not written so. */
export function shardLines(text: string): string[] | null {
  const head = '{"version":1,"events":[\n';
  const tail = '\n]}\n';
  if (!text.startsWith(head) || !text.endsWith(tail)) return null;
  const body = text.slice(head.length, -tail.length);
  return body ? body.split(',\n') : [];
}

/** The records in `text`, a file of `kind`; null for kinds that are not records (calendars, .gitignore). */
export function recordsOf(kind: SyncedKind, text: string | null): Records | null {
  if (kind === 'time' || kind === 'activity') return text === null ? new Map() : shardRecords(text);
  if (kind === 'records') return text === null ? new Map() : lineRecords(text);
  if (kind === 'settings') return text === null ? new Map() : settingsRecords(text);
  if (kind === 'invoice') {
    if (text === null) return new Map();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = text;
    }
    return new Map([['invoice', { raw: text, value }]]);
  }
  return null;
}

/**
 * The text of a file holding every record of `ours` and `theirs` (ours where both have one), for
 * `tt sync --restore`: shards sorted by id as folds write them, status records one a line,
 * settings per key at the higher clock.
 */
export function unionText(kind: SyncedKind, ours: string | null, theirs: string | null): string | null {
  if (ours === null || theirs === null) return ours ?? theirs;
  if (kind === 'time' || kind === 'activity' || kind === 'records') {
    const all = new Map<string, unknown>();
    for (const text of [theirs, ours]) {
      const parsed = kind === 'records' ? lineRecords(text) : shardRecords(text);
      for (const [id, r] of parsed) all.set(id, r.value);
    }
    const sorted = [...all.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => JSON.stringify(v));
    if (kind === 'records') return sorted.length ? `${sorted.join('\n')}\n` : '';
    return `{"version":1,"events":[\n${sorted.join(',\n')}\n]}\n`;
  }
  if (kind === 'settings') {
    try {
      const a = JSON.parse(ours) as { values: Record<string, { clock: number }> };
      const b = JSON.parse(theirs) as { values: Record<string, { clock: number }> };
      for (const [k, s] of Object.entries(b.values ?? {})) if (!a.values[k] || a.values[k].clock < s.clock) a.values[k] = s;
      return `${JSON.stringify(a, null, 1)}\n`;
    } catch {
      return ours;
    }
  }
  return ours;
}
