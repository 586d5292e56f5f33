// state/timer.json: the running timer, kept current by every command that changes it, so start,
// stop and status read one small file instead of history. The shell prompt reads state/timer too,
// a one-line copy ("<start epoch> <client/project>") that needs no JSON parser.
import { join, dirname } from 'node:path';
import type { Entry } from '../core/events.ts';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists } from './io.ts';
import type { Transaction } from './transaction.ts';

export function readTimer(fs: Fs, path: string): Entry | null {
  const text = readIfExists(fs, path);
  if (text === null) return null;
  let doc: { version?: number; entry?: Entry | null };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    throw new DataError(`${path} is damaged`, 'Run `tt doctor --repair`: it rebuilds the timer state from history.');
  }
  const e = doc.entry;
  if (doc.version !== 1 || (e !== null && (typeof e?.id !== 'string' || typeof e.start !== 'number' || typeof e.client !== 'string'))) {
    throw new DataError(`${path} is damaged`, 'Run `tt doctor --repair`: it rebuilds the timer state from history.');
  }
  return e ?? null;
}

/**
 * Both files change together, in `tx`. They are derived from the journal, so they skip the fsync,
 * which would cost start and stop several milliseconds each: after a power cut the journal itself
 * may lack its last lines too, and `tt doctor --repair` rebuilds the timer from it.
 */
export function writeTimer(tx: Transaction, path: string, entry: Entry | null): void {
  tx.write(path, `${JSON.stringify({ version: 1, entry })}\n`, { derived: true });
  const label = entry ? `${Math.floor(entry.start / 1000)} ${entry.client}${entry.project ? `/${entry.project}` : ''}\n` : '';
  tx.write(join(dirname(path), 'timer'), label, { derived: true });
}
