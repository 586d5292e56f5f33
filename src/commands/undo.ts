// tt undo: reverts the most recent change to tracked time; run again to go further back. It never
// takes an invoice back (`tt invoice void` does), and never changes an entry an invoice bills.
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import type { Invocation } from '../cli/runner.ts';
import { UsageError } from '../core/errors.ts';
import type { TimeEvent } from '../core/events.ts';
import { lastUndoableAction, replay } from '../core/replay.ts';
import { Store, newId } from '../store/store.ts';
import { describeAction } from '../ui/describe-action.ts';
import { invoicesBilling } from '../invoices/guard.ts';

/** Events of an invoice created by tt before invoices were records: they marked its entries. */
const isMarking = (e: TimeEvent): boolean => e.kind === 'edit' && Object.keys(e.set).length === 1 && 'invoice' in e.set;

export async function run(ctx: Ctx, _inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const h = await loadHistory(ctx, store, 'fix');
  const action = lastUndoableAction(h.events);
  if (!action) throw new UsageError('there is nothing to undo');
  const events = h.events.filter((e) => e.action === action);
  if (events.length && events.every(isMarking)) {
    const id = events[0]!.kind === 'edit' ? events[0]!.set.invoice : null;
    throw new UsageError('the most recent change is an invoice; `tt undo` does not take invoices back', `\`tt invoice void ${id ?? 'NUMBER'}\` does (\`tt invoice list\` shows its number).`);
  }
  const touched = [...new Set(events.flatMap((e) => (e.kind === 'undo' ? [] : [e.entry])))];
  const billing = await invoicesBilling(ctx, store, h.entries, touched);
  if (billing.size) {
    const numbers = [...new Set([...billing.values()].flat().map((i) => i.number))];
    throw new UsageError(
      `undoing the most recent change would change ${billing.size === 1 ? 'an entry' : `${billing.size} entries`} on invoice ${numbers.join(', ')}; nothing was undone`,
      `\`tt invoice void ${numbers[0]}\` takes the invoice back; \`tt edit --force\` or \`tt delete --force\` changes an invoiced entry and notes it on the invoice.`,
    );
  }
  // Describe the action against the entries as they were before it: a deleted entry is gone after.
  const what = describeAction(events, replay(h.events.filter((e) => e.action !== action)), tz);
  const ev: TimeEvent = { ...store.stamp(newId()), id: newId(), kind: 'undo', undoes: action };
  store.lock(() => {
    store.append([ev]);
    store.syncTimer(replay([...h.events, ev]));
  });
  ctx.out(`Undid: ${what}.\n`);
}
