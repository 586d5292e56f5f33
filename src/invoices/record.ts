// Recording an invoice: in a store transaction (under its lock), give it the next number of this device's series and
// write its document, once. No event marks its entries: its lines name them (coverage.ts), so
// `tt undo` never takes an invoice back (`tt invoice void` does), and a number is never reused.
import { join } from 'node:path';
import { DataError, UsageError } from '../core/errors.ts';
import { readIfExists } from '../store/io.ts';
import type { Store } from '../store/store.ts';
import type { StoreTx } from '../store/store-tx.ts';
import type { Invoice } from './model.ts';
import { DEFAULT_PATTERN, nextNumber, usesSeries } from './number.ts';
import { appendRecords, type StatusRecord } from './records.ts';
import { chooseSeries, otherDevices, readSeries, writeSeries } from './series.ts';
import { writeInvoice } from './store.ts';

/**
 * Numbers already used, read loosely (no validation) for speed under the lock. Every file in
 * invoices/ counts, parsed or not: a damaged document gives up the numbers still legible in its
 * text, and an invoice document whose number cannot be read at all stops the numbering (exit 3),
 * since its number must never be given again. Voided invoices keep their files, so their numbers.
 */
export function takenNumbers(store: Store): { numbers: string[]; devices: string[] } {
  const fs = store.ctx.fs;
  const dir = store.p.invoices;
  const out = { numbers: [] as string[], devices: [] as string[] };
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (fs.lstatSync(path).isDirectory()) continue; // events/: the status records
    const text = readIfExists(fs, path) ?? '';
    try {
      const inv = (JSON.parse(text) as { invoice?: { number?: unknown; device?: unknown } }).invoice;
      if (typeof inv?.device === 'string') out.devices.push(inv.device);
      if (typeof inv?.number === 'string') {
        out.numbers.push(inv.number);
        continue;
      }
    } catch {
      /* damaged: read what is legible below */
    }
    const legible = legibleNumbers(text);
    out.numbers.push(...legible);
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

export interface Draft extends Omit<Invoice, 'number' | 'action' | 'series'> {
  /** A number the user chose (imports); otherwise the pattern decides. */
  number?: string;
}

export interface Numbering {
  taken: string[];
  series: string | null;
  /** The series was given to this lone device now: written with the first invoice. */
  assigned: boolean;
  pattern: string;
}

/**
 * What numbering needs, read under the lock (or, for --dry-run, without it: nothing is written).
 * `chosen`: the user gives the number (an import's --number), so no series is needed.
 */
export function numbering(store: Store, chosen = false): Numbering {
  const pattern = String(store.config()['invoice.number'] ?? DEFAULT_PATTERN);
  const taken = takenNumbers(store);
  if (chosen) return { taken: taken.numbers, series: null, assigned: false, pattern };
  const others = otherDevices(store.ctx.fs, store.p, store.device(), taken.devices);
  const choice = chooseSeries(readSeries(store.ctx.fs, store.p.root), others, usesSeries(pattern), pattern);
  return { taken: taken.numbers, series: choice.series, assigned: choice.assigned, pattern };
}

export function numberFor(n: Numbering, draft: Pick<Draft, 'issued' | 'clients'>): string {
  const [year, month] = draft.issued.split('-').map(Number) as [number, number];
  return nextNumber(n.pattern, { year, month, client: draft.clients[0] ?? '', series: n.series ?? '' }, n.taken);
}

/**
 * In the command's transaction: numbers the draft and writes its document with its other writes.
 * `n` is updated, so a second invoice of the same command (a cancellation and its correction) gets
 * the next number.
 */
export function issue(store: Store, tx: StoreTx, draft: Draft, n: Numbering): Invoice {
  if (draft.number !== undefined && n.taken.includes(draft.number)) {
    throw new UsageError(`invoice number ${draft.number} is taken`, 'Give another --number.');
  }
  const number = draft.number ?? numberFor(n, draft);
  const invoice: Invoice = { ...draft, number, series: draft.number === undefined ? n.series : null, action: null };
  n.taken.push(number);
  if (n.assigned) {
    writeSeries(tx, store.p.root, n.series!);
    n.assigned = false;
  }
  writeInvoice(tx, store.p.invoices, invoice);
  return invoice;
}

/** In the command's transaction: appends this device's status records with its other writes. */
export function record(store: Store, tx: StoreTx, records: readonly Omit<StatusRecord, 'id' | 'at' | 'device'>[]): StatusRecord[] {
  const at = new Date(store.ctx.now()).toISOString();
  const full = records.map((r): StatusRecord => ({ id: store.newId(), at, device: store.device(), ...r }));
  appendRecords(tx, store.p.invoices, store.device(), full);
  return full;
}

/**
 * Writes one invoice; returns it as stored. `check` runs first, under the lock, and throws to record
 * nothing (another process may have billed the same entries since the draft was made).
 */
export function recordInvoice(store: Store, draft: Draft, check: () => void = () => {}): Invoice {
  return store.transaction((tx) => {
    check();
    return issue(store, tx, draft, numbering(store));
  });
}
