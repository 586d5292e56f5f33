// tt undo: reverts this device's most recent change to tracked time; run again to go further back.
// Another device's change, brought by sync, is that device's to undo: when the most recent change
// came from one, undo says so and takes back this device's own. It never takes an invoice back
// (`tt invoice void` does), and never changes an entry an invoice bills. `tt redo` (redo.ts) does
// again what an undo reverted.
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import type { Invocation } from '../cli/runner.ts';
import { UsageError } from '../core/errors.ts';
import type { Entry, TimeEvent } from '../core/events.ts';
import { lastUndoableAction, latestChange, replay } from '../core/replay.ts';
import { Store, newId } from '../store/store.ts';
import { readSettingsFiles } from '../store/settings.ts';
import { deviceNames, nameOf } from '../store/device-names.ts';
import { describeAction } from '../ui/describe-action.ts';
import { invoicesBilling } from '../invoices/guard.ts';

/** Events of an invoice created by tt before invoices were records: they marked its entries. */
const isMarking = (e: TimeEvent): boolean => e.kind === 'edit' && Object.keys(e.set).length === 1 && 'invoice' in e.set;

/** Refuses when reverting (or redoing) `events` would change an entry an invoice bills. */
export async function guardBilled(ctx: Ctx, store: Store, entries: readonly Entry[], events: readonly TimeEvent[], what: string): Promise<void> {
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

export async function undo(ctx: Ctx): Promise<void> {
  const store = new Store(ctx);
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
  const ev: TimeEvent = { ...store.stamp(newId()), id: newId(), kind: 'undo', undoes: action };
  store.lock(() => {
    store.append([ev]);
    store.syncTimer(replay([...h.events, ev]));
  });
  if (elsewhere) ctx.err(`tt: note: ${elsewhere}; \`tt undo\` takes back this device's own changes only\n`);
  ctx.out(`Undid: ${what}.\n`);
}

export const run = (ctx: Ctx, _inv: Invocation): Promise<void> => undo(ctx);
