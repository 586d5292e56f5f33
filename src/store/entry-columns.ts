// Entries as columns, for the history cache: a few typed arrays and string lists serialize and load
// in milliseconds where 50,000 objects would cost as much as the JSON they came from.
import type { Entry, Source } from '../core/events.ts';

export interface EntryColumns {
  n: number;
  /** Every entry's id, then every entry's last action, end to end: two strings load faster than
   * 100,000; `cut[i]` is where entry i's id ends (and `cut[n + i]` its action). */
  text: string;
  cut: Int32Array;
  start: Float64Array;
  end: Float64Array; // NaN: running
  estimateMin: Float64Array; // NaN: none
  /** Every distinct string of the columns below, each stored once; -1 in a column is "none". */
  strings: string[];
  tz: Int32Array;
  source: Int32Array;
  client: Int32Array;
  project: Int32Array;
  note: Int32Array;
  internalNote: Int32Array;
  invoice: Int32Array;
  origin: Int32Array;
  /** Distinct tag lists; `tags` holds an index into them. */
  tagLists: string[][];
  tags: Int32Array;
}

export function toColumns(entries: readonly Entry[]): EntryColumns {
  const n = entries.length;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string | undefined): number => {
    if (s === undefined) return -1;
    let i = stringIndex.get(s);
    if (i === undefined) stringIndex.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const tagLists: string[][] = [];
  const tagIndex = new Map<string, number>();
  const c: EntryColumns = {
    n,
    text: '',
    cut: new Int32Array(2 * n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    estimateMin: new Float64Array(n),
    strings,
    tz: new Int32Array(n),
    source: new Int32Array(n),
    client: new Int32Array(n),
    project: new Int32Array(n),
    note: new Int32Array(n),
    internalNote: new Int32Array(n),
    invoice: new Int32Array(n),
    origin: new Int32Array(n),
    tagLists,
    tags: new Int32Array(n),
  };
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < 2 * n; i++) {
    const s = i < n ? entries[i]!.id : entries[i - n]!.lastAction;
    parts.push(s);
    c.cut[i] = at += s.length;
  }
  c.text = parts.join('');
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    c.start[i] = e.start;
    c.end[i] = e.end ?? NaN;
    c.estimateMin[i] = e.estimateMin ?? NaN;
    c.tz[i] = intern(e.tz);
    c.source[i] = intern(e.source);
    c.client[i] = intern(e.client);
    c.project[i] = intern(e.project);
    c.note[i] = intern(e.note);
    c.internalNote[i] = intern(e.internalNote);
    c.invoice[i] = intern(e.invoice);
    c.origin[i] = intern(e.origin);
    // Most entries have no tag or one; JSON (which starts with "[") only for longer lists.
    const key = e.tags.length === 0 ? '' : e.tags.length === 1 ? `\u0001${e.tags[0]}` : JSON.stringify(e.tags);
    let t = tagIndex.get(key);
    if (t === undefined) tagIndex.set(key, (t = tagLists.push([...e.tags]) - 1));
    c.tags[i] = t;
  }
  return c;
}

/**
 * The entries back. Entries with the same tags share one frozen tags array: nothing changes an
 * entry's tags in place (an edit replaces the array), and freezing makes sure of it.
 */
export function fromColumns(c: EntryColumns): Entry[] {
  const s = c.strings;
  const n = c.n;
  for (const list of c.tagLists) Object.freeze(list);
  const out = new Array<Entry>(n);
  for (let i = 0; i < n; i++) {
    const end = c.end[i]!;
    const estimate = c.estimateMin[i]!;
    const entry: Entry = {
      id: c.text.slice(i ? c.cut[i - 1] : 0, c.cut[i]),
      start: c.start[i]!,
      end: Number.isNaN(end) ? null : end,
      tz: s[c.tz[i]!]!,
      source: s[c.source[i]!] as Source,
      client: s[c.client[i]!]!,
      project: c.project[i]! < 0 ? undefined : s[c.project[i]!],
      tags: c.tagLists[c.tags[i]!]!,
      note: c.note[i]! < 0 ? undefined : s[c.note[i]!],
      estimateMin: Number.isNaN(estimate) ? undefined : estimate,
      lastAction: c.text.slice(c.cut[n + i - 1], c.cut[n + i]),
    };
    // In replay's order: an origin comes with the entry, an invoice with a later edit.
    if (c.internalNote[i]! >= 0) entry.internalNote = s[c.internalNote[i]!];
    if (c.origin[i]! >= 0) entry.origin = s[c.origin[i]!];
    if (c.invoice[i]! >= 0) entry.invoice = s[c.invoice[i]!];
    out[i] = entry;
  }
  return out;
}
