// Changing recorded entries: `tt edit`, `tt delete` and `tt undo`. Each reads history in full (the
// entries outside the input bounds too, so they can be fixed), records one event, and keeps the
// timer state equal to what history then says, in one transaction.
import { requireLongFlag } from '../core/bounds.ts';
import { requireDuration } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import type { EditEvent, Entry, TimeEvent } from '../core/events.ts';
import { resolveRef } from '../core/ids.ts';
import { parseInstant } from '../core/instant.ts';
import { lastUndoableAction, replay } from '../core/replay.ts';
import { formatLocal, localDate } from '../core/time.ts';
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import type { History, Store } from '../store/store.ts';
import { describeAction } from '../ui/describe-action.ts';

/** Records `ev` on top of `h` and returns the entries as they are after it. */
function record(store: Store, h: History, ev: TimeEvent): Entry[] {
  return store.transaction((tx) => {
    tx.append([ev]);
    const after = replay([...h.events, ev]);
    tx.syncTimer(after);
    return after;
  });
}

/** What `tt edit` may change; times as typed (read on the entry's own day), the client already resolved. */
export interface EntryChanges {
  from?: string;
  to?: string;
  target?: { client: string; project?: string };
  tags?: string;
  note?: string;
  estimate?: string;
  long?: boolean;
}

export interface Edited {
  edited: Entry;
  /** Every entry after the edit, for the overlap warnings. */
  entries: Entry[];
}

export async function editEntry(ctx: Ctx, store: Store, ref: string, c: EntryChanges): Promise<Edited> {
  const tz = store.tz();
  const now = ctx.now();
  if ([c.from, c.to, c.target, c.tags, c.note, c.estimate].every((v) => v === undefined)) {
    throw new UsageError('nothing to change', 'Give --from, --to, --client, --tags, --note or --estimate.');
  }
  const h = await loadHistory(ctx, store, 'fix');
  const entry = resolveRef(ref, h.entries);
  const set: EditEvent['set'] = {};
  let start = entry.start;
  let end = entry.end;
  const zoneProblem = store.zoneProblem();
  if (c.from !== undefined) start = await parseInstant(c.from, { now, tz, flag: '--from', day: localDate(entry.start, tz), zoneProblem });
  if (c.to !== undefined) end = await parseInstant(c.to, { now, tz, flag: '--to', day: localDate(entry.end ?? entry.start, tz), zoneProblem });
  if (end !== null && end <= start) {
    throw new UsageError(`the end ${formatLocal(end, tz)} would not be after the start ${formatLocal(start, tz)}`, 'Give both --from and --to if the entry moves.');
  }
  if (c.from !== undefined || c.to !== undefined) {
    // A running entry counts up to now: moving its start three days back makes it a 72-hour entry.
    requireLongFlag((end ?? now) - start, c.long, `the entry (${formatLocal(start, tz)} to ${end === null ? 'now' : formatLocal(end, tz)})`, 'If that is right, add --long; if not, check --from and --to.');
  }
  if (start !== entry.start) set.start = new Date(start).toISOString();
  if (end !== entry.end && end !== null) set.end = new Date(end).toISOString();
  if (c.target !== undefined) {
    set.client = c.target.client;
    set.project = c.target.project ?? '';
  }
  if (c.tags !== undefined) set.tags = c.tags.split(',').map((t) => t.trim().replace(/^\+/, '')).filter(Boolean);
  if (c.note !== undefined) set.note = c.note;
  if (c.estimate !== undefined) set.estimateMin = requireDuration(c.estimate, '--estimate');
  const entries = record(store, h, { ...store.stamp(store.newId()), id: store.newId(), kind: 'edit', entry: entry.id, set });
  return { edited: entries.find((e) => e.id === entry.id)!, entries };
}

/** Deletes the entry `ref` names (`tt undo` brings it back) and returns it. */
export async function deleteEntry(ctx: Ctx, store: Store, ref: string): Promise<Entry> {
  const h = await loadHistory(ctx, store, 'fix');
  const entry = resolveRef(ref, h.entries);
  record(store, h, { ...store.stamp(store.newId()), id: store.newId(), kind: 'delete', entry: entry.id });
  return entry;
}

/** Reverts the most recent change to tracked time and says what it was. */
export async function undoLast(ctx: Ctx, store: Store): Promise<string> {
  const tz = store.tz();
  const h = await loadHistory(ctx, store, 'fix');
  const action = lastUndoableAction(h.events);
  if (!action) throw new UsageError('there is nothing to undo');
  // Describe the action against the entries as they were before it: a deleted entry is gone after.
  const what = describeAction(h.events.filter((e) => e.action === action), replay(h.events.filter((e) => e.action !== action)), tz);
  record(store, h, { ...store.stamp(store.newId()), id: store.newId(), kind: 'undo', undoes: action });
  return what;
}
