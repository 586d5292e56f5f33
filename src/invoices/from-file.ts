// An invoice from an export file's text, not yet recorded: what `tt invoice import` records, and
// what `tt audit --invoice FILE` can audit without recording anything. Pure apart from the ids and
// instants passed in.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Client } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import type { DayRange } from '../core/ranges.ts';
import type { DateString } from '../core/time.ts';
import { mapImport, mixedCurrency, type MappedImport } from './imported.ts';
import type { Draft } from './record.ts';
import { parseExport } from './parse-export.ts';
import { describeProblem, RowError, type DateOrder, type ExportFormat, type ParsedExport } from './rows.ts';
import { invoiceTotals } from './totals.ts';

export interface FileOptions {
  format?: ExportFormat;
  dateOrder?: DateOrder;
  period: DayRange | null;
  clients: readonly Client[];
  fallbackClient?: string;
  skipBad?: boolean;
  includeNonBillable?: boolean;
  tz?: string;
}

export interface FileInvoice {
  /** The invoice without a number; recording adds it (and links its lines to entries). */
  draft: Draft;
  parsed: ParsedExport;
  mapped: MappedImport;
}

/** Runs a step that reads the file, turning a row problem into a message naming file, line and column. */
function rows<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RowError) throw new UsageError(`${err.message}; nothing was recorded`, err.hint ?? 'Fix that row, or give --skip-bad to record the rest and list what was left out.');
    throw err;
  }
}

export function invoiceFromFile(text: string, file: string, o: FileOptions, stamp: { id: string; issued: DateString; createdAt: string; device: string }): FileInvoice {
  const parsed = rows(() => parseExport(text, file, { format: o.format, dateOrder: o.dateOrder, skipBad: o.skipBad }));
  const mapped = rows(() => mapImport(parsed, { clients: o.clients, fallbackClient: o.fallbackClient, period: o.period, includeNonBillable: o.includeNonBillable, skipBad: o.skipBad, tz: o.tz }));
  if (!mapped.lines.length) {
    const why = mapped.nonBillable.length ? `; ${mapped.nonBillable.length} rows are marked non-billable (lines ${mapped.nonBillable.join(', ')})` : '';
    const skipped = mapped.skipped.length ? `; ${mapped.skipped.length} rows were skipped (${describeProblem(mapped.skipped[0]!)})` : '';
    throw new UsageError(`${file}: no billable rows to record${why}${skipped}`, mapped.nonBillable.length ? 'Give --include-non-billable to record them anyway.' : undefined);
  }
  const mixed = mixedCurrency(mapped.lines);
  if (mixed) throw new UsageError(`${file}: the lines of ${mixed.client} are in ${mixed.currencies.join(' and ')}; one invoice bills a client in one currency`, 'Split the file by currency and import each part.');
  const draft: Draft = {
    ...stamp,
    kind: 'invoice',
    source: (parsed.format === 'tt' ? 'csv' : parsed.format),
    clients: [...new Set(mapped.lines.map((l) => l.client))].sort(),
    from: o.period?.from ?? null,
    to: o.period?.to ?? null,
    lines: mapped.lines,
    tax: [],
    totals: invoiceTotals(mapped.lines, []),
    // An invoice made elsewhere: its due date and terms are on its own document, not in the CSV.
    due: null,
    credit: [],
    cancels: null,
    supplements: [],
    group: 'day',
    entries: [],
    file: basename(file),
    sha256: createHash('sha256').update(text).digest('hex'),
    sender: '',
    footer: '',
  };
  return { draft, parsed, mapped };
}
