// Replays events into entries. Pure: the same events always give the same entries.
import type { Entry, TimeEvent } from './events.ts';

/**
 * Actions reverted. An undo counts unless it is itself undone: `tt redo` is an undo of an undo's
 * action. Later undos decide about earlier ones (an undo only ever names an earlier action), so
 * they are taken newest first.
 */
export function undoneActions(events: readonly TimeEvent[]): Set<string> {
  const undos = events.filter((e): e is Extract<TimeEvent, { kind: 'undo' }> => e.kind === 'undo').sort((a, b) => byId(b, a));
  const undone = new Set<string>();
  for (const u of undos) if (!undone.has(u.action)) undone.add(u.undoes);
  return undone;
}

/**
 * Entries after every event, sorted by start. `events` may be in any order. `undone`: the actions
 * undone by undo events elsewhere (the history cache replays one month at a time).
 */
export function replay(events: readonly TimeEvent[], undone: ReadonlySet<string> = undoneActions(events)): Entry[] {
  const sorted = [...events].sort(byId);
  const entries = new Map<string, Entry>();
  for (const e of sorted) if (e.kind !== 'undo' && !undone.has(e.action)) apply(entries, e);
  return sortEntries([...entries.values()]);
}

export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function sortEntries(entries: Entry[]): Entry[] {
  return entries.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}

/**
 * One event's effect on the entries by id. Events must come in id order, and the caller skips undo
 * events and the events of undone actions; it is exported for the history cache (store/history-cache),
 * which applies events newer than everything it holds on top of the entries it kept.
 */
export function apply(entries: Map<string, Entry>, e: Exclude<TimeEvent, { kind: 'undo' }>): void {
  if (e.kind === 'entry') {
    const notes = entryNotes(e);
    entries.set(e.entry, {
      id: e.entry,
      start: Date.parse(e.start),
      end: e.end === null ? null : Date.parse(e.end),
      tz: e.tz,
      source: e.source,
      client: e.client,
      project: e.project,
      tags: e.tags,
      note: notes.note,
      ...(notes.internalNote !== undefined ? { internalNote: notes.internalNote } : {}),
      estimateMin: e.estimateMin,
      lastAction: e.action,
      ...(e.origin ? { origin: e.origin } : {}),
    });
  } else if (e.kind === 'delete') {
    entries.delete(e.entry);
  } else {
    const entry = entries.get(e.entry);
    if (!entry) return;
    const s = e.set;
    if (s.start !== undefined) entry.start = Date.parse(s.start);
    if (s.end !== undefined) entry.end = s.end === null ? null : Date.parse(s.end);
    if (s.client !== undefined) entry.client = s.client;
    if (s.project !== undefined) entry.project = s.project || undefined;
    if (s.tags !== undefined) entry.tags = s.tags;
    if (s.note !== undefined) entry.note = s.note || undefined;
    if (s.internalNote !== undefined) entry.internalNote = s.internalNote || undefined;
    if (s.estimateMin !== undefined) entry.estimateMin = s.estimateMin;
    if (s.invoice !== undefined) entry.invoice = s.invoice ?? undefined;
    entry.lastAction = e.action;
  }
}

/**
 * An entry event's note and internal note. Reviews before the internal note existed saved their
 * evidence as the note ("review: 1 commit in acme-web: …"); read as an internal note, it never reaches
 * a client document. Stored events are read this way, never rewritten: records are proof.
 */
export function entryNotes(e: { source: string; note?: string; internalNote?: string }): { note?: string; internalNote?: string } {
  if (e.source === 'review' && e.internalNote === undefined && e.note?.startsWith('review: ')) return { internalNote: e.note };
  return { note: e.note, internalNote: e.internalNote };
}

/** The running entry, if any: the latest one without an end. */
export function runningEntry(entries: readonly Entry[]): Entry | null {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.end === null) return entries[i]!;
  return null;
}

/** Whether an event is a user's change on `device` (not one a sync made, not an undo or redo). */
const ownChange = (e: TimeEvent, device: string | undefined): boolean => e.kind !== 'undo' && e.source !== 'sync' && (device === undefined || e.device === device);

/**
 * The most recent action that `tt undo` can still revert: with `device`, only that device's own
 * (another device's change, brought by sync, is undone there); never one a sync made itself.
 */
export function lastUndoableAction(events: readonly TimeEvent[], device?: string): string | null {
  return latestChange(events, device)?.action ?? null;
}

/** The most recent change not undone (of `device` when given), as its newest event. */
export function latestChange(events: readonly TimeEvent[], device?: string, undone = undoneActions(events)): TimeEvent | null {
  let best: TimeEvent | null = null;
  for (const e of events) {
    if (e.kind === 'undo' || undone.has(e.action) || (device !== undefined && !ownChange(e, device))) continue;
    if (!best || e.id > best.id) best = e;
  }
  return best;
}

/**
 * The undo `tt redo` takes back: this device's most recent undo (not a redo) still in force, as
 * long as the device changed nothing since. Null when there is nothing to redo.
 */
export function lastRedoableUndo(events: readonly TimeEvent[], device: string): Extract<TimeEvent, { kind: 'undo' }> | null {
  const undone = undoneActions(events);
  const undoActions = new Set(events.flatMap((e) => (e.kind === 'undo' ? [e.action] : [])));
  let best: Extract<TimeEvent, { kind: 'undo' }> | null = null;
  for (const e of events) {
    if (e.kind !== 'undo' || e.device !== device || undone.has(e.action) || undoActions.has(e.undoes)) continue;
    if (!best || e.id > best.id) best = e;
  }
  if (!best) return null;
  const changedSince = events.some((e) => e.id > best.id && ownChange(e, device) && !undone.has(e.action));
  return changedSince ? null : best;
}
