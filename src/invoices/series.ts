// This device's invoice series (`tt device series A`): a short code printed in every number it
// issues, so two devices sharing a data folder through sync never issue the same number. Kept in
// `series` beside `device`, local to the machine and never synced: on another machine the same data
// folder needs its own code. A device alone gets series A on its first invoice; once another device
// is known (it wrote events, settings, invoices or invoice records here), one without a series
// refuses to issue until the user gives it one.
import { join } from 'node:path';
import { DataError, UsageError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists } from '../store/io.ts';
import type { Paths } from '../store/paths.ts';
import type { Transaction } from '../store/transaction.ts';

/** One letter, then up to three letters or digits: short enough to read in a number. */
export const SERIES_RE = /^[A-Z][A-Z0-9]{0,3}$/;

export function seriesPath(root: string): string {
  return join(root, 'series');
}

export function seriesProblem(code: string): string | null {
  return SERIES_RE.test(code) ? null : `"${code}" is not a series code (a capital letter, then up to three capital letters or digits: A, B, LAP, K2)`;
}

export function readSeries(fs: Fs, root: string): string | null {
  const path = seriesPath(root);
  const text = readIfExists(fs, path)?.trim();
  if (!text) return null;
  const problem = seriesProblem(text);
  if (problem) throw new DataError(`${path} is damaged: ${problem}; nothing was recorded`, 'Set this device\'s series again: tt device series A');
  return text;
}

export function writeSeries(tx: Transaction, root: string, code: string): void {
  tx.write(seriesPath(root), `${code}\n`);
}

function names(fs: Fs, dir: string, strip: RegExp | null): string[] {
  try {
    return fs.readdirSync(dir).filter((n) => !n.startsWith('.') && (!strip || strip.test(n))).map((n) => (strip ? n.replace(strip, '') : n));
  } catch {
    return [];
  }
}

/** Ids of other devices that wrote into this data folder (brought here by sync). */
export function otherDevices(fs: Fs, p: Paths, me: string, invoiceDevices: readonly string[]): string[] {
  const found = new Set<string>([
    ...names(fs, p.events, null),
    ...names(fs, p.activity, null),
    ...names(fs, join(p.root, 'settings'), /\.json$/),
    ...names(fs, join(p.invoices, 'events'), /\.jsonl$/),
    ...invoiceDevices,
  ]);
  found.delete(me);
  found.delete('');
  return [...found].sort();
}

export interface SeriesChoice {
  series: string | null;
  /** A series given to a lone device now: written with the invoice. */
  assigned: boolean;
}

/**
 * The series for this device's next number. `usesSeries`: the number pattern prints one. A lone
 * device gets A; with another device known and no series (or a pattern that prints none), the
 * number could be one the other device gives too, so nothing is issued.
 */
export function chooseSeries(own: string | null, others: readonly string[], usesSeries: boolean, pattern: string): SeriesChoice {
  if (!usesSeries) {
    if (others.length) {
      throw new UsageError(
        `the invoice number pattern "${pattern}" has no {series}, and this data folder is shared with another device (${others[0]}); both could issue the same number, so nothing was recorded`,
        'Put {series} in the pattern (tt config set invoice.number "{yyyy}-{series}{seq:3}") and give each device its own series (tt device series A).',
      );
    }
    return { series: own, assigned: false };
  }
  if (own) return { series: own, assigned: false };
  if (others.length) {
    throw new UsageError(
      `this device has no invoice series, and this data folder is shared with another device (${others[0]}); both could issue the same number, so nothing was recorded`,
      'Give this device its own series, one no other device uses: tt device series B',
    );
  }
  return { series: 'A', assigned: true };
}
