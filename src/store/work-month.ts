// Which month shard a time record belongs in: the month of the work, not the month it was recorded,
// so that history is cut by when the work happened and a week's question reads that week's months.
//  - an entry: the (UTC) month of its start;
//  - an edit or a delete: its entry's month, the month of that entry's own `entry` event, wherever
//    its start was moved to since, so every event about one entry lies in one month of each device;
//  - an undo (it reverts a whole action, which may touch many months) and anything whose entry is
//    found nowhere: the month it was recorded (`at`).
// The same rule places a fold's records (fold.ts), moves an older store's records once
// (migrate-layout.ts) and is what `tt doctor` checks (src/doctor/layout.ts).
import { decodeTime } from 'ulid';
import type { Fs } from '../platform/fs.ts';
import { readIfExists } from './io.ts';
import { listShards, type StoredRecord } from './shard.ts';

const MONTH = /^\d{4}-\d{2}$/;

/** The UTC month of an instant given as text, or null when it has none a shard can be named by. */
export function monthOf(iso: unknown): string | null {
  if (typeof iso !== 'string') return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const m = new Date(ms).toISOString().slice(0, 7);
  return MONTH.test(m) ? m : null; // years past 9999 (an older tt's unbounded instants) have no such name
}

/** The month a record was written in: the fallback place. */
export function recordedMonth(r: StoredRecord, nowIso: string): string {
  return monthOf(r.at) ?? monthOf(nowIso)!;
}

/** Where the entry events of entries live, found on demand in the month shards of every device. */
export class EntryMonths {
  private known = new Map<string, string>();
  private texts = new Map<string, string | null>();
  private byMonth: Map<string, string[]> | null = null;

  constructor(
    private readonly fs: Fs,
    private readonly eventsDir: string,
  ) {}

  /** An entry event seen elsewhere (the same fold, a migration's full read). */
  note(r: StoredRecord): void {
    if (r.kind !== 'entry' || typeof r.entry !== 'string') return;
    const m = monthOf(r.start);
    if (m && !this.known.has(r.entry)) this.known.set(r.entry, m);
  }

  /** The month of the entry's own event, or null when no shard holds it. */
  entryMonth(entry: string): string | null {
    const hit = this.known.get(entry);
    if (hit) return hit;
    for (const path of this.searchOrder(entry)) {
      const text = this.text(path);
      if (!text) continue;
      const needle = `"entry":${JSON.stringify(entry)}`;
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
        const start = text.lastIndexOf('\n', at) + 1;
        let end = text.indexOf('\n', at);
        if (end < 0) end = text.length;
        try {
          const r = JSON.parse(text.slice(start, end).replace(/,$/, '')) as StoredRecord;
          if (r.kind === 'entry' && r.entry === entry) {
            const m = monthOf(r.start);
            if (m) {
              this.known.set(entry, m);
              return m;
            }
          }
        } catch {
          /* a damaged line: the fold reports the shard; keep looking */
        }
      }
    }
    return null;
  }

  /**
   * Shards to search, likeliest first: an entry's id is made when it is recorded, and work is
   * recorded as it happens or after it, so the month of the id and the months before it come first.
   */
  private searchOrder(entry: string): string[] {
    if (!this.byMonth) {
      this.byMonth = new Map();
      for (const path of listShards(this.fs, this.eventsDir)) {
        const m = /(\d{4}-\d{2})\.json$/.exec(path)![1]!;
        const list = this.byMonth.get(m) ?? [];
        list.push(path);
        this.byMonth.set(m, list);
      }
    }
    let idMonth = '9999-12';
    try {
      idMonth = new Date(decodeTime(entry)).toISOString().slice(0, 7);
    } catch {
      /* not a ULID: search every month, newest first */
    }
    const months = [...this.byMonth.keys()].sort();
    const before = months.filter((m) => m <= idMonth).reverse();
    const after = months.filter((m) => m > idMonth);
    return [...before, ...after].flatMap((m) => this.byMonth!.get(m)!);
  }

  private text(path: string): string | null {
    if (!this.texts.has(path)) this.texts.set(path, readIfExists(this.fs, path));
    return this.texts.get(path)!;
  }

  /** Forget what was read of a shard (a fold just wrote it). */
  forget(path: string): void {
    this.texts.delete(path);
  }
}

/** The month shard a time record goes to; `months` finds the entry of an edit or a delete. */
export function workMonth(r: StoredRecord, months: EntryMonths, nowIso: string): string {
  if (r.kind === 'entry') return monthOf(r.start) ?? recordedMonth(r, nowIso);
  if ((r.kind === 'edit' || r.kind === 'delete') && typeof r.entry === 'string') return months.entryMonth(r.entry) ?? recordedMonth(r, nowIso);
  return recordedMonth(r, nowIso);
}
