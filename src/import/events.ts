// Planned entries into entry events of one action, so `tt undo` reverts the whole import. A journal
// record must stay under MAX_RECORD_BYTES; a note that would push it over is shortened (the time is
// what matters), and the caller says how many were.
import type { EntryEvent } from '../core/events.ts';
import { MAX_RECORD_BYTES } from '../store/journal.ts';
import type { PlannedEntry } from './types.ts';

export type Stamp = Omit<EntryEvent, 'id' | 'kind' | 'entry' | 'start' | 'end' | 'client' | 'project' | 'tags' | 'note' | 'origin' | 'estimateMin'>;

export function entryEvents(planned: readonly PlannedEntry[], stamp: Stamp, newId: () => string): { events: EntryEvent[]; shortened: number } {
  let shortened = 0;
  const events = planned.map((p) => {
    const id = newId();
    const ev: EntryEvent = {
      ...stamp,
      id,
      kind: 'entry',
      entry: id,
      start: new Date(p.start).toISOString(),
      end: new Date(p.end).toISOString(),
      client: p.client,
      ...(p.project ? { project: p.project } : {}),
      tags: p.tags,
      ...(p.note ? { note: p.note } : {}),
      origin: p.origin,
    };
    const over = Buffer.byteLength(JSON.stringify(ev)) - MAX_RECORD_BYTES;
    if (over > 0 && ev.note) {
      shortened++;
      // JSON escapes can make a character cost up to 6 bytes: cut generously, then mark the cut.
      ev.note = `${[...ev.note].slice(0, Math.max(0, [...ev.note].length - over - 16)).join('')}…`;
      while (Buffer.byteLength(JSON.stringify(ev)) > MAX_RECORD_BYTES && ev.note.length > 1) ev.note = `${[...ev.note].slice(0, -40).join('')}…`;
    }
    return ev;
  });
  return { events, shortened };
}
