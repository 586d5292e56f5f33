// calendars/index.json: `{ "version": 1, "calendars": [...] }`, one entry per imported calendar.
// The calendar itself is stored beside it as <name>.ics, a byte-for-byte copy of what was imported.
// Both sync; where a calendar came from (a path, or a private URL that is a secret) is this
// machine's business and is kept in local state (sources.ts). `source` is still written, empty,
// because earlier versions of tt require the key; a non-empty one, written by such a version, is
// a path, moved to local state at the next change of the index.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import { DocumentAdapter, openDocument } from '../store/document.ts';
import type { Fs } from '../platform/fs.ts';
import type { Transaction } from '../store/transaction.ts';

export interface CalendarEntry {
  name: string;
  /** Written by older tt: the path it was imported from. Now always empty (see sources.ts). */
  source?: string;
  /** UTC ISO-8601. */
  importedAt: string;
  /** VEVENT components in the file. */
  events: number;
}

interface IndexDoc {
  version: number;
  calendars: CalendarEntry[];
}

export function indexPath(dir: string): string {
  return join(dir, 'index.json');
}

export function calendarPath(dir: string, name: string): string {
  return join(dir, `${name}.ics`);
}

function adapter(fs: Fs, path: string): DocumentAdapter<IndexDoc> {
  return new DocumentAdapter<IndexDoc>(fs, path, (raw) => {
    const list = (raw as { calendars?: unknown }).calendars;
    if (!Array.isArray(list)) throw new DataError(`${path} is damaged: no "calendars" list; it was left as it is`);
    list.forEach((c: Partial<CalendarEntry>, i) => {
      if (typeof c?.name !== 'string' || (c.source !== undefined && typeof c.source !== 'string') || typeof c.importedAt !== 'string' || typeof c.events !== 'number') {
        throw new DataError(`${path} is damaged: calendar ${i + 1} needs name, importedAt and events; it was left as it is`);
      }
    });
    return raw as IndexDoc;
  });
}

export function readIndex(fs: Fs, dir: string): CalendarEntry[] {
  return openDocument(adapter(fs, indexPath(dir)), { version: 1, calendars: [] }).data.calendars;
}

/** Writes the entries (in the caller's transaction), sorted by name, with no source (the caller moved any into local state). */
export function writeIndex(tx: Transaction, dir: string, entries: CalendarEntry[]): void {
  const sorted = entries.map((e) => ({ name: e.name, source: '', importedAt: e.importedAt, events: e.events })).sort((a, b) => a.name.localeCompare(b.name));
  tx.write(indexPath(dir), adapter(tx.fs, indexPath(dir)).text({ version: 1, calendars: sorted }));
}
