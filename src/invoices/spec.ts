// What a format parser declares: the columns it reads (by the names exporters use), which of them
// must exist, and how one record becomes a TimeRow. parse-export.ts runs every spec the same way.
import { addDays } from '../core/time.ts';
import type { Cells } from './cells.ts';
import { clockText } from './dates.ts';
import { splitTags } from './values.ts';
import type { ExportFormat, TimeRow } from './rows.ts';

export interface FormatSpec<F extends string> {
  format: ExportFormat;
  title: string;
  /** Header names per field: strings compare case-insensitively, patterns match the whole name. */
  columns: Record<F, readonly (string | RegExp)[]>;
  /** Each group needs at least one of its fields present in the header. */
  required: readonly (readonly F[])[];
  /** Fields holding dates (they decide MM/DD against DD/MM) and numbers (they decide the decimal mark). */
  dates: readonly F[];
  numbers: readonly F[];
  /** Fields whose header may carry the currency, like "Amount (EUR)". */
  currencyHeaders: readonly F[];
  row(c: Cells<F>, headerCurrency: string | null): Omit<TimeRow, 'line'>;
}

export interface Timing {
  date: string | null;
  startTime: string | null;
  endDate: string | null;
  endTime: string | null;
  hours: number;
}

/**
 * Day, start, end and hours of a record. The duration column wins where there is one (it is what
 * the tool totals and bills); otherwise end − start on the wall clock, across midnight when the end
 * time is earlier and no end date is given.
 */
export function timing<F extends string>(c: Cells<F>, f: { date: F; start?: F; endDate?: F; end?: F }, duration: number | null, durationField: F | null): Timing {
  const date = c.date(f.date);
  const start = f.start ? c.clock(f.start) : null;
  const end = f.end ? c.clock(f.end) : null;
  let endDate = f.endDate ? c.date(f.endDate) : null;
  let hours = duration;
  if (hours === null && date !== null && start !== null && end !== null) {
    endDate ??= end < start ? addDays(date, 1) : date;
    const days = (Date.parse(endDate) - Date.parse(date)) / 86_400_000;
    const seconds = days * 86_400 + end - start;
    if (seconds < 0) c.fail(f.endDate ?? f.end ?? null, `ends before it starts`);
    hours = seconds / 3600;
  }
  if (hours === null) c.fail(durationField ?? f.date, 'no duration: the cell is empty and there is no start and end time');
  if (date === null) c.fail(f.date, 'no date');
  return { date, startTime: start === null ? null : clockText(start), endDate, endTime: end === null ? null : clockText(end), hours };
}

/** The first non-null of several optional cells. */
export function firstOf<T>(...values: (T | null)[]): T | null {
  for (const v of values) if (v !== null) return v;
  return null;
}

/** The columns Toggl's and Clockify's detailed reports share under the same names. */
export type DetailedField = 'user' | 'email' | 'client' | 'project' | 'task' | 'description' | 'billable' | 'tags' | 'amount' | 'rate';

/** A detailed report row's descriptive fields: everything but its timing. */
export function detailedFields<F extends string>(c: Cells<F | DetailedField>, currency: string | null): Omit<TimeRow, keyof Timing | 'line'> {
  return {
    client: c.text('client'),
    project: c.text('project'),
    task: c.text('task'),
    description: c.text('description'),
    billable: c.billable('billable'),
    rate: c.number('rate'),
    amount: c.number('amount'),
    currency,
    user: firstOf(c.text('user'), c.text('email')),
    tags: splitTags(c.text('tags') ?? ''),
  };
}
