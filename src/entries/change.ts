// Changing recorded entries: `tt edit`, `tt delete`, `tt undo` and `tt redo`. Each reads history in
// full (the entries outside the input bounds too, so they can be fixed), records one event, and
// keeps the timer state equal to what history then says, in one transaction. An entry an active
// invoice bills is not changed behind its back (invoices/guard.ts): edit and delete refuse it unless
// forced (then a note on the invoice, in the same transaction), and undo never takes back an invoice
// or changes an invoiced entry. Undo and redo take back and do again this device's own changes only
// (core/replay.ts decides which those are).
import { requireLongFlag } from '../core/bounds.ts';
import { requireDuration } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import type { EditEvent, Entry, TimeEvent } from '../core/events.ts';
import { resolveRef } from '../core/ids.ts';
import { parseInstant } from '../core/instant.ts';
import { lastRedoableUndo, lastUndoableAction, latestChange, replay } from '../core/replay.ts';
import { formatLocal, localDate } from '../core/time.ts';
import { guardInvoiced, invoicesBilling, type Guarded } from '../invoices/guard.ts';
import type { Invoice } from '../invoices/model.ts';
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import { readSettingsFiles } from '../store/settings.ts';
import { deviceNames, nameOf } from '../store/device-names.ts';
import type { History, Store } from '../store/store.ts';
import { describeAction } from '../ui/describe-action.ts';
import { label, span } from '../ui/entry-text.ts';

/** Records `ev` on top of `h` (with the guard's notes, if any) and returns the entries as they are after it. */
function record(store: Store, h: History, ev: TimeEvent, guard?: Guarded): Entry[] {
  return store.transaction((tx) => {
    guard?.note(tx);
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
  /** Change an entry an invoice bills anyway, noting it on the invoice. */
  force?: boolean;
}

export interface Edited {
  edited: Entry;
  /** Every entry after the edit, for the overlap warnings. */
  entries: Entry[];
  /** Invoices that billed it (changed with --force): each now carries a note. */
  invoices: Invoice[];
}

/** How an entry is named in the guard's messages. */
function entryLabel(entry: Entry, tz: string, now: number): string {
  return `${label(entry)} ${localDate(entry.start, tz)} ${span(entry, tz, now)}`;
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
  const guard = await guardInvoiced(ctx, store, h.entries, entry, 'edit', c.force, entryLabel(entry, tz, now));
  const entries = record(store, h, { ...store.stamp(store.newId()), id: store.newId(), kind: 'edit', entry: entry.id, set }, guard);
  return { edited: entries.find((e) => e.id === entry.id)!, entries, invoices: guard.invoices };
}

/**
 * Deletes the entry `ref` names (`tt undo` brings it back) and returns it, with the invoices that
 * billed it (deleted with `force`: each now carries a note).
 */
export async function deleteEntry(ctx: Ctx, store: Store, ref: string, force?: boolean): Promise<{ entry: Entry; invoices: Invoice[] }> {
  const h = await loadHistory(ctx, store, 'fix');
  const entry = resolveRef(ref, h.entries);
  const guard = await guardInvoiced(ctx, store, h.entries, entry, 'delete', force, entryLabel(entry, store.tz(), ctx.now()));
  record(store, h, { ...store.stamp(store.newId()), id: store.newId(), kind: 'delete', entry: entry.id }, guard);
  return { entry, invoices: guard.invoices };
}

/** Events of an invoice created by tt before invoices were records: they marked its entries. */
const isMarking = (e: TimeEvent): boolean => e.kind === 'edit' && Object.keys(e.set).length === 1 && 'invoice' in e.set;

/** Refuses when reverting (or redoing) `events` would change an entry an invoice bills. */
async function guardBilled(ctx: Ctx, store: Store, entries: readonly Entry[], events: readonly TimeEvent[], what: string): Promise<void> {
  const touched = [...new Set(events.flatMap((e) => (e.kind === 'undo' ? [] : [e.entry])))];
  const billing = await invoicesBilling(ctx, store, entries, touched);
  if (!billing.size) return;
  const numbers = [...new Set([...billing.values()].flat().map((i) => i.number))];
  throw new UsageError(
    `${what} would change ${billing.size === 1 ? 'an entry' : `${billing.size} entries`} on invoice ${numbers.join(', ')}; nothing was ${what.startsWith('redo') ? 'redone' : 'undone'}`,
    `\`tt invoice void ${numbers[0]}\` takes the invoice back; \`tt edit --force\` or \`tt delete --force\` changes an invoiced entry and notes it on the invoice.`,
  );
}

/** When the most recent change is not this device's own: where it came from, in words. */
function fromElsewhere(ctx: Ctx, store: Store, events: readonly TimeEvent[], me: string): string | null {
  const latest = latestChange(events);
  if (!latest || (latest.device === me && latest.source !== 'sync')) return null;
  if (latest.source === 'sync') return 'the most recent change was made by a sync (entries imported on two devices, kept once)';
  return `the most recent change came from ${nameOf(deviceNames(readSettingsFiles(ctx.fs, store.p.root)), latest.device)} by sync`;
}

export interface Undone {
  /** The change reverted, in words. */
  what: string;
  /** When the most recent change came from another device or a sync (left alone): where from. */
  elsewhere: string | null;
}

/**
 * Reverts this device's most recent change to tracked time and says what it was. Another device's
 * change, brought by sync, is that device's to undo (core/replay.ts decides which is whose).
 */
export async function undoLast(ctx: Ctx, store: Store): Promise<Undone> {
  const tz = store.tz();
  const me = store.device();
  const h = await loadHistory(ctx, store, 'fix');
  const action = lastUndoableAction(h.events, me);
  const elsewhere = fromElsewhere(ctx, store, h.events, me);
  if (!action) {
    if (elsewhere) throw new UsageError("there is nothing of this device's to undo", `${elsewhere[0]!.toUpperCase()}${elsewhere.slice(1)}: \`tt undo\` on a device takes back that device's own changes.`);
    throw new UsageError('there is nothing to undo');
  }
  const events = h.events.filter((e) => e.action === action);
  if (events.length && events.every(isMarking)) {
    const id = events[0]!.kind === 'edit' ? events[0]!.set.invoice : null;
    throw new UsageError('the most recent change is an invoice; `tt undo` does not take invoices back', `\`tt invoice void ${id ?? 'NUMBER'}\` does (\`tt invoice list\` shows its number).`);
  }
  await guardBilled(ctx, store, h.entries, events, 'undoing the most recent change');
  // Describe the action against the entries as they were before it: a deleted entry is gone after.
  const what = describeAction(events, replay(h.events.filter((e) => e.action !== action)), tz);
  record(store, h, { ...store.stamp(store.newId()), id: store.newId(), kind: 'undo', undoes: action });
  return { what, elsewhere };
}

/**
 * Does again what this device's most recent `tt undo` reverted (again: the undo before), until the
 * device changes something new, and says what it was. A redo is recorded as an undo of the undo, so
 * it syncs, and `tt undo` can take it back again.
 */
export async function redoLast(ctx: Ctx, store: Store): Promise<string> {
  const tz = store.tz();
  const h = await loadHistory(ctx, store, 'fix');
  const undone = lastRedoableUndo(h.events, store.device());
  if (!undone) throw new UsageError('there is nothing to redo', '`tt redo` does again what `tt undo` reverted, until this device changes something new.');
  const events = h.events.filter((e) => e.action === undone.undoes);
  await guardBilled(ctx, store, h.entries, events, 'redoing it');
  const what = describeAction(events, h.entries, tz);
  record(store, h, { ...store.stamp(store.newId()), id: store.newId(), kind: 'undo', undoes: undone.action });
  return what;
}
