// The generic rows every time-tracker export is read into. `tt invoice import` maps them to invoice
// lines; `tt import toggl|harvest|clockify` (issue 8) maps the same rows to tracked entries, so
// nothing here knows about invoices.
import type { DateString } from '../core/time.ts';

export type ExportFormat = 'tt' | 'toggl' | 'harvest' | 'clockify';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['tt', 'toggl', 'harvest', 'clockify'];

export interface TimeRow {
  /** Line in the file where the record starts (the header is line 1). */
  line: number;
  /** The day worked, as the file wrote it (a calendar day, no zone); null only in tt's CSV. */
  date: DateString | null;
  /** Wall-clock start "HH:MM:SS" on `date`, when the file has a start time. */
  startTime: string | null;
  endDate: DateString | null;
  endTime: string | null;
  /** Duration in hours: the file's duration column, else end − start on the wall clock. */
  hours: number;
  client: string | null;
  project: string | null;
  task: string | null;
  description: string | null;
  /** null: the file does not say. */
  billable: boolean | null;
  rate: number | null;
  amount: number | null;
  /** ISO 4217 code from the row (Harvest's Currency column) or the header (`Amount (EUR)`). */
  currency: string | null;
  user: string | null;
  tags: string[];
}

export interface RowProblem {
  file: string;
  line: number;
  /** Column name as the header wrote it, with its 1-based position; null for a whole-row problem. */
  column: string | null;
  message: string;
}

export interface ParsedExport {
  file: string;
  format: ExportFormat;
  rows: TimeRow[];
  /** Rows left out under --skip-bad, with why. */
  skipped: RowProblem[];
  /** The date order the file was read with, when it has slash dates. */
  dateOrder: DateOrder | null;
  decimal: '.' | ',';
}

export type DateOrder = 'mdy' | 'dmy';

/** A problem in one row or cell; the import boundary turns it into a UsageError naming the place. */
export class RowError extends Error {
  constructor(
    readonly problem: RowProblem,
    readonly hint?: string,
  ) {
    super(describeProblem(problem));
  }
}

export function describeProblem(p: RowProblem): string {
  return `${p.file}: line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;
}
