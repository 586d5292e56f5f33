// Accepted drafts become ordinary tracked entries, through the same store API as `tt add`. Every
// entry of one review session shares one action, so one `tt undo` reverts the whole session.
import type { Entry, EntryEvent } from '../core/events.ts';
import type { Store } from '../store/store.ts';
import { evidenceLine } from './summary.ts';
import type { Draft } from './types.ts';

export interface Saved {
  action: string | null; // null: nothing was accepted
  entries: { id: string; draft: Draft }[];
}

/**
 * The internal note an accepted entry carries: where it came from, short enough for one journal
 * record. Internal: evidence never reaches a client document (the invoice line says the project).
 */
export const reviewNote = (d: Draft): string => `review: ${evidenceLine(d.sources, 200)}`;

export function saveAccepted(store: Store, drafts: readonly Draft[]): Saved {
  if (!drafts.length) return { action: null, entries: [] };
  const action = store.newId();
  const entries = drafts.map((draft) => ({ id: store.newId(), draft }));
  const events = entries.map(({ id, draft }): EntryEvent => ({
    ...store.stamp(action, 'review'),
    id,
    kind: 'entry',
    entry: id,
    start: new Date(draft.start).toISOString(),
    end: new Date(draft.end).toISOString(),
    client: draft.client,
    ...(draft.project ? { project: draft.project } : {}),
    tags: [],
    internalNote: reviewNote(draft),
  }));
  store.append(events);
  return { action, entries };
}

/** The saved entries as history will read them, for the overlap warnings `tt add` gives too. */
export function savedEntries(saved: Saved, tz: string): Entry[] {
  return saved.entries.map(({ id, draft }) => ({
    id,
    start: draft.start,
    end: draft.end,
    tz,
    source: 'review',
    lastAction: saved.action ?? '',
    client: draft.client,
    ...(draft.project ? { project: draft.project } : {}),
    tags: [],
    internalNote: reviewNote(draft),
  }));
}
