// calendars/index.json: `{ "version": 1, "calendars": [...] }`, one entry per imported calendar.
// The calendar itself is stored beside it as <name>.ics, a byte-for-byte copy of what was imported.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import { DocumentAdapter, openDocument } from '../store/document.ts';
import type { Fs } from '../platform/fs.ts';
import type { Transaction } from '../store/transaction.ts';

export interface CalendarEntry {
  name: string;
  /** The path it was imported from (absolute). */
  source: string;
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
      if (typeof c?.name !== 'string' || typeof c.source !== 'string' || typeof c.importedAt !== 'string' || typeof c.events !== 'number') {
        throw new DataError(`${path} is damaged: calendar ${i + 1} needs name, source, importedAt and events; it was left as it is`);
      }
    });
    return raw as IndexDoc;
  });
}

export function readIndex(fs: Fs, dir: string): CalendarEntry[] {
  return openDocument(adapter(fs, indexPath(dir)), { version: 1, calendars: [] }).data.calendars;
}

/** Adds or replaces the entry with this name; entries stay sorted by name. */
export function writeIndex(tx: Transaction, dir: string, entries: CalendarEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name));
  tx.write(indexPath(dir), adapter(tx.fs, indexPath(dir)).text({ version: 1, calendars: sorted }));
}
