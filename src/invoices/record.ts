// Recording an invoice: under the store lock, give it the next number, write its document, and mark
// its entries with edit events that share one action, so `tt undo` takes the marking back in one step.
import { join } from 'node:path';
import { DataError, UsageError } from '../core/errors.ts';
import type { EditEvent, TimeEvent } from '../core/events.ts';
import { readIfExists } from '../store/io.ts';
import type { Store } from '../store/store.ts';
import type { Invoice } from './model.ts';
import { nextNumber } from './number.ts';
import { writeInvoice } from './store.ts';

/**
 * Numbers already used on this machine, read loosely (no validation) for speed under the lock. Every
 * file in invoices/ counts, parsed or not: a damaged document gives up the numbers still legible in
 * its text, and an invoice document whose number cannot be read at all stops the numbering (exit 3),
 * since its number must never be given again.
 */
export function takenNumbers(store: Store): string[] {
  const fs = store.ctx.fs;
  const dir = store.p.invoices;
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const path = join(dir, name);
    const text = readIfExists(fs, path) ?? '';
    try {
      const n = (JSON.parse(text) as { invoice?: { number?: unknown } }).invoice?.number;
      if (typeof n === 'string') {
        out.push(n);
        continue;
      }
    } catch {
      /* damaged: read what is legible below */
    }
    const legible = legibleNumbers(text);
    out.push(...legible);
    if (!legible.length && name.endsWith('.json')) {
      throw new DataError(
        `${path} is damaged and its invoice number cannot be read; no invoice was recorded, so that its number is never given twice`,
        'Restore the file from a backup or the sync remote (`tt doctor` lists every damaged file), or move it out of invoices/ if it never was an invoice.',
      );
    }
  }
  return out;
}

/** `"number": "..."` pairs in the text of a damaged document (escaped quotes inside text never match). */
function legibleNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"number"\s*:\s*("(?:[^"\\\n]|\\.)*")/g)) {
    try {
      out.push(JSON.parse(m[1]!) as string);
    } catch {
      /* not a whole string */
    }
  }
  return out;
}

export interface Draft extends Omit<Invoice, 'number' | 'action'> {
  /** A number the user chose (imports); otherwise the pattern decides. */
  number?: string;
}

export function numberFor(store: Store, draft: Draft, taken: readonly string[]): string {
  const pattern = String(store.config()['invoice.number'] ?? '{yyyy}-{seq}');
  const [year, month] = draft.issued.split('-').map(Number) as [number, number];
  return nextNumber(pattern, { year, month, client: draft.clients[0] ?? '' }, taken);
}

/**
 * Writes the invoice and marks `draft.entries`; returns the invoice as stored. `check` runs first,
 * under the lock, and throws to record nothing (another process may have changed history since the
 * draft was made).
 */
export function recordInvoice(store: Store, draft: Draft, check: () => void = () => {}): Invoice {
  return store.transaction((tx) => {
    check();
    const taken = takenNumbers(store);
    if (draft.number !== undefined && taken.includes(draft.number)) {
      throw new UsageError(`invoice number ${draft.number} is taken on this machine`, 'Give another --number.');
    }
    const number = draft.number ?? numberFor(store, draft, taken);
    const action = draft.entries.length ? store.newId() : null;
    const invoice: Invoice = { ...draft, number, action };
    // With the marking events, in one transaction: an invoice is never stored without them, or the reverse.
    writeInvoice(tx, store.p.invoices, invoice);
    if (action) {
      const stamp = store.stamp(action);
      const events: TimeEvent[] = draft.entries.map((entry): EditEvent => ({ ...stamp, id: store.newId(), kind: 'edit', entry, set: { invoice: invoice.id } }));
      tx.append(events);
    }
    return invoice;
  });
}
