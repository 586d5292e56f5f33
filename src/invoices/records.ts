// What happens to an invoice after it is issued, as append-only records: `invoices/events/<device>.jsonl`,
// one JSON record a line, appended by this device only (in a store transaction, as appendLine does:
// one write, all bytes or nothing). Another device's records arrive by sync as that device's own
// file, so two devices recording a payment never write the same file and both records are kept.
// Every line is a whole record (id, invoice, kind, day, amount, device, instant); the status is
// folded from them (status.ts). A damaged line is reported and skipped, never rewritten.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { DateString } from '../core/time.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists } from '../store/io.ts';
import type { Transaction } from '../store/transaction.ts';
import type * as Schemas from './schema.ts';

export type RecordKind = 'sent' | 'paid' | 'settled' | 'void' | 'note' | 'link';

export interface StatusRecord {
  id: string;
  /** The invoice's id (not its number: numbers of two devices may clash before a sync). */
  invoice: string;
  kind: RecordKind;
  /** The day it happened (sent, paid, voided), as the user gave it or today. */
  on: DateString;
  /** When it was recorded (UTC). */
  at: string;
  device: string;
  /** paid: the gross amount received; settled: the remainder written off. */
  amount?: number;
  currency?: string;
  /** settled: why (bank fees, withholding); void: why, when given. */
  reason?: string;
  /** note: what happened (an invoiced entry changed with --force). */
  text?: string;
  entry?: string;
  /** void: the cancellation document issued for it (null: cancelled before it was sent), and the corrected invoice. */
  cancellation?: string | null;
  reissue?: string | null;
  /** link: entries an imported invoice's lines bill, by line index. */
  covers?: { line: number; entry: string; hours: number }[];
}

export interface RecordsRead {
  records: StatusRecord[];
  damaged: DataError[];
  /** Lines that are not whole JSON: a write a full disk cut short (its command failed, exit 4). */
  unfinished: string[];
}

export function recordsDir(invoicesDir: string): string {
  return join(invoicesDir, 'events');
}

/** Appends this device's records in the command's transaction: with its other writes, all or nothing. */
export function appendRecords(tx: Transaction, invoicesDir: string, device: string, records: readonly StatusRecord[]): void {
  if (!records.length) return;
  tx.appendLine(join(recordsDir(invoicesDir), `${device}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n'));
}

/** Every device's records, by id (a record synced twice counts once), oldest first. */
export async function readRecords(fs: Fs, invoicesDir: string): Promise<RecordsRead> {
  if (!fs.existsSync(recordsDir(invoicesDir))) return { records: [], damaged: [], unfinished: [] };
  return readRecordsWith(fs, invoicesDir, await import('./schema.ts'));
}

/** readRecords, synchronously (for a check under the lock), with the schemas imported beforehand. */
export function readRecordsWith(fs: Fs, invoicesDir: string, { statusRecordSchema }: Pick<typeof Schemas, 'statusRecordSchema'>): RecordsRead {
  const dir = recordsDir(invoicesDir);
  if (!fs.existsSync(dir)) return { records: [], damaged: [], unfinished: [] };
  const byId = new Map<string, StatusRecord>();
  const damaged: DataError[] = [];
  const unfinished: string[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const path = join(dir, name);
    const lines = (readIfExists(fs, path) ?? '').split('\n');
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      let r: ReturnType<typeof statusRecordSchema.safeParse>;
      try {
        r = statusRecordSchema.safeParse(JSON.parse(text));
      } catch {
        // Every append starts on a line of its own, so a write cut short stays a line of its own:
        // its command failed and recorded nothing. Said, not counted.
        unfinished.push(`${path} line ${i + 1} is not a whole record (a write that failed); it is skipped`);
        return;
      }
      if (!r.success) {
        damaged.push(lineDamage(path, i + 1, r.error.issues[0]!.message));
        return;
      }
      byId.set(r.data.id, r.data);
    });
  }
  const records = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records, damaged, unfinished };
}

function lineDamage(path: string, line: number, why: string): DataError {
  return new DataError(`${path} line ${line} is damaged (${why}); it was left as it is and skipped`, 'The invoices it is about may show an older status. Restore the file from a backup or the sync remote; `tt doctor` lists damaged files.');
}
