// The records in one synced file's text, for comparing two versions of it record by record: a shard
// or an invoice's status records by id, a settings file by key (value and clock), an invoice as one
// record. A record is compared in a canonical form (keys sorted), so the same record written by
// another tt, with its keys in another order, is the same record. Lines that are not records (a
// write a full disk cut short) are no records: dropping them changes nothing. Pure.
import type { SyncedKind } from './paths.ts';

/** Record id (or settings key) -> its canonical text; for settings also its clock. */
export type Records = Map<string, { text: string; clock?: number }>;

/** JSON with every object's keys sorted: one text per value, whatever order it was written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function withId(out: Records, value: unknown): void {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && id) out.set(id, { text: canonical(value) });
}

/** Records of a month shard: the whole document when it parses, else line by line (one record a line). */
function shardRecords(text: string): Records {
  const out: Records = new Map();
  try {
    const doc = JSON.parse(text) as { events?: unknown };
    if (Array.isArray(doc?.events)) {
      for (const e of doc.events) withId(out, e);
      return out;
    }
  } catch {
    /* salvaged below */
  }
  for (const line of text.split('\n').slice(1)) {
    const t = line.trim().replace(/,$/, '');
    if (!t || t === ']}') continue;
    try {
      withId(out, JSON.parse(t));
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
      withId(out, JSON.parse(line));
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
      if (typeof s?.clock === 'number') out.set(key, { text: canonical(s.value ?? null), clock: s.clock });
    }
  } catch {
    /* a damaged settings file holds nothing to keep */
  }
  return out;
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
    return new Map([['invoice', { text: canonical(value) }]]);
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
      for (const [id, r] of parsed) all.set(id, JSON.parse(r.text));
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
