// A source file into records, per format. The CSV formats share the invoice importers' parsers
// (src/invoices/parse-export.ts), loaded only when a CSV is imported.
import { UsageError } from '../core/errors.ts';
import type { DateOrder } from '../invoices/rows.ts';
import { parseTimewarrior } from './timewarrior.ts';
import type { ImportFormat, SourceRecord } from './types.ts';
import { parseWatson } from './watson.ts';

export interface ReadOptions {
  /** Zone of the wall-clock times in CSV exports. */
  tz: string;
  dateOrder?: DateOrder;
}

export interface ReadResult {
  records: SourceRecord[];
  /** Team exports: whose rows the file holds, most rows first; empty for single-person formats. */
  users: { user: string; rows: number }[];
}

export async function readSource(format: ImportFormat, text: string, file: string, o: ReadOptions): Promise<ReadResult> {
  if (format === 'timewarrior') return { records: parseTimewarrior(text, file), users: [] };
  if (format === 'watson') return { records: parseWatson(text, file), users: [] };
  const [{ parseExport }, { RowError }, { rowsToRecords, usersOf }] = await Promise.all([
    import('../invoices/parse-export.ts'),
    import('../invoices/rows.ts'),
    import('./csv-rows.ts'),
  ]);
  try {
    const parsed = parseExport(text, file, { format, ...(o.dateOrder ? { dateOrder: o.dateOrder } : {}) });
    return { records: rowsToRecords(format, parsed.rows, o.tz), users: usersOf(parsed.rows) };
  } catch (err) {
    if (err instanceof RowError) throw new UsageError(err.message, err.hint);
    throw err;
  }
}
