// Typed access to one record's cells by field name. Every reader names the column it read, so a bad
// value becomes "line 7, column 10 "Start Date": ..." without the format parsers spelling that out.
import type { DateString } from '../core/time.ts';
import { parseClock, parseDate, parseDurationCell } from './dates.ts';
import { parseNumber, type DecimalMark } from './numbers.ts';
import { RowError, type DateOrder } from './rows.ts';
import { currencyInCell, parseBillable } from './values.ts';

/** Largest hours, rate or amount read from a file: cents stay exact in a double far beyond it. */
const MAX_CELL_NUMBER = 1e12;

export interface ColumnRef {
  index: number;
  name: string;
}

export class Cells<F extends string> {
  constructor(
    private readonly file: string,
    readonly line: number,
    private readonly fields: readonly string[],
    private readonly columns: Partial<Record<F, ColumnRef>>,
    private readonly order: DateOrder | null,
    private readonly mark: DecimalMark,
  ) {}

  has(field: F): boolean {
    return this.columns[field] !== undefined;
  }

  /** The trimmed cell, or null when the column is absent or the cell empty. */
  text(field: F): string | null {
    const col = this.columns[field];
    const v = col ? this.fields[col.index]?.trim() : undefined;
    return v ? v : null;
  }

  fail(field: F | null, message: string, hint?: string): never {
    const col = field ? this.columns[field] : undefined;
    throw new RowError({ file: this.file, line: this.line, column: col ? `${col.index + 1} "${col.name}"` : null, message }, hint);
  }

  date(field: F): DateString | null {
    const t = this.text(field);
    if (t === null) return null;
    const d = parseDate(t, this.order);
    if (!d) this.fail(field, `"${t}" is not a date`, 'Dates must read as YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY or DD.MM.YYYY.');
    // The same lower bound as every instant tt accepts (core/bounds.ts): a year like 0206 is a typo.
    if (d < '1970-01-01') this.fail(field, `"${t}" is before 1970`, 'Check the year.');
    return d;
  }

  clock(field: F): number | null {
    const t = this.text(field);
    if (t === null) return null;
    const s = parseClock(t);
    if (s === null) this.fail(field, `"${t}" is not a time of day`, 'Times must read like 13:05, 13:05:09 or 1:05 PM.');
    return s;
  }

  number(field: F): number | null {
    const t = this.text(field);
    if (t === null) return null;
    const n = parseNumber(t, this.mark);
    if (n === null || n < 0) this.fail(field, `"${t}" is not a number (this file uses "${this.mark}" as decimal mark)`);
    // "1" and 400 zeros reads as Infinity, and an invoice of $NaN would be recorded.
    if (n > MAX_CELL_NUMBER) this.fail(field, `"${t}" is larger than ${MAX_CELL_NUMBER.toLocaleString('en-US')}`, 'Check the column: no hours, rate or amount is that large.');
    return n;
  }

  duration(field: F): number | null {
    const t = this.text(field);
    if (t === null) return null;
    const h = parseDurationCell(t);
    if (h === null) this.fail(field, `"${t}" is not a duration`, 'Durations must read like 01:30:00.');
    return h;
  }

  billable(field: F): boolean | null {
    const t = this.text(field) ?? '';
    const b = parseBillable(t);
    if (b === undefined) this.fail(field, `"${t}" is not a billable value`, 'Use Yes or No (or true/false, 1/0).');
    return b;
  }

  currency(field: F): string | null {
    const t = this.text(field) ?? '';
    const c = currencyInCell(t);
    if (c === undefined) this.fail(field, `"${t}" names no ISO 4217 currency`, 'Write a code like EUR, or "Euro - EUR".');
    return c;
  }
}
