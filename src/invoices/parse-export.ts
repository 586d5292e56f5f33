// Reads a time-tracker CSV export into generic rows: finds the columns, decides the file's date order
// and decimal mark, then converts each record. A bad record stops the import with its file, line and
// column, or, with `skipBad`, is listed and left out.
import { Cells, type ColumnRef } from './cells.ts';
import { readCsv, type CsvTable } from './csv-read.ts';
import { decideDateOrder } from './dates.ts';
import { detectFormat } from './detect.ts';
import { clockify } from './format-clockify.ts';
import { harvest } from './format-harvest.ts';
import { toggl } from './format-toggl.ts';
import { ttCsv } from './format-tt.ts';
import { decideDecimal } from './numbers.ts';
import { RowError, type DateOrder, type ExportFormat, type ParsedExport, type RowProblem, type TimeRow } from './rows.ts';
import type { FormatSpec } from './spec.ts';
import { currencyInHeader } from './values.ts';

const SPECS: Record<ExportFormat, FormatSpec<string>> = {
  tt: ttCsv,
  toggl: toggl,
  harvest: harvest,
  clockify: clockify,
};

export interface ParseOptions {
  format?: ExportFormat;
  dateOrder?: DateOrder;
  skipBad?: boolean;
}

function findColumns(spec: FormatSpec<string>, header: readonly string[]): Record<string, ColumnRef> {
  const found: Record<string, ColumnRef> = {};
  for (const [field, names] of Object.entries(spec.columns)) {
    const index = header.findIndex((h) => names.some((n) => (typeof n === 'string' ? h.toLowerCase() === n.toLowerCase() : n.test(h))));
    if (index >= 0) found[field] = { index, name: header[index]! };
  }
  return found;
}

export function parseExport(text: string, file: string, opts: ParseOptions = {}): ParsedExport {
  const table = readCsv(text, file);
  const format = opts.format ?? detectFormat(table.header);
  const fail = (message: string, hint?: string): never => {
    throw new RowError({ file, line: 1, column: null, message }, hint);
  };
  if (!format) fail(`the header is not one of a tt invoice CSV, a Toggl detailed report, a Harvest time report or a Clockify detailed report (it reads: ${table.header.slice(0, 6).join(', ')}${table.header.length > 6 ? ', ...' : ''})`, 'Give --format tt|toggl|harvest|clockify if the file is one of them.');
  const spec = SPECS[format!];
  const columns = findColumns(spec, table.header);
  for (const group of spec.required) {
    if (!group.some((f) => columns[f])) {
      fail(`a ${spec.title} needs a column ${group.map((f) => `"${nameOf(spec.columns[f]![0]!)}"`).join(' or ')}`, 'Export the detailed report with all columns.');
    }
  }
  const order = decideOrder(table, columns, spec, file, opts.dateOrder);
  const numbers = spec.numbers.filter((f) => columns[f]).flatMap((f) => table.records.map((r) => ({ text: r.fields[columns[f]!.index] ?? '', where: `line ${r.line}` })));
  const decimal = decideDecimal(numbers);
  if (decimal.conflict) fail(`the file mixes decimal marks: ${decimal.conflict}`);
  const currency = spec.currencyHeaders.map((f) => (columns[f] ? currencyInHeader(columns[f].name) : null)).find(Boolean) ?? null;
  const rows: TimeRow[] = [];
  const skipped: RowProblem[] = [];
  for (const r of table.records) {
    try {
      if (r.fields.length !== table.header.length) raggedRow(file, r.line, r.fields.length, table.header);
      const cells = new Cells(file, r.line, r.fields, columns, order, decimal.mark);
      rows.push({ line: r.line, ...spec.row(cells, currency) });
    } catch (err) {
      if (!(err instanceof RowError) || !opts.skipBad) throw err;
      skipped.push(err.problem);
    }
  }
  return { file, format: format!, rows, skipped, dateOrder: order, decimal: decimal.mark };
}

function nameOf(n: string | RegExp): string {
  return typeof n === 'string' ? n : n.source.replace(/[\\^$]|\(.*\)\??/g, '');
}

function raggedRow(file: string, line: number, count: number, header: readonly string[]): never {
  const missing = count < header.length ? `; column ${count + 1} "${header[count]}" onward is missing` : '';
  throw new RowError({ file, line, column: null, message: `has ${count} fields, the header has ${header.length}${missing}` }, 'Every row needs as many fields as the header: re-export the file.');
}

function decideOrder(table: CsvTable, columns: Record<string, ColumnRef>, spec: FormatSpec<string>, file: string, given?: DateOrder): DateOrder | null {
  const values = spec.dates
    .filter((f) => columns[f])
    .flatMap((f) => table.records.map((r) => ({ text: r.fields[columns[f]!.index] ?? '', line: r.line, column: `${columns[f]!.index + 1} "${columns[f]!.name}"` })));
  const d = decideDateOrder(values, given);
  if ('order' in d) return d.order;
  if ('conflict' in d) {
    const o = d.other;
    throw new RowError(
      { file, line: d.conflict.line, column: d.conflict.column, message: `"${d.conflict.text}" reads only one way, but line ${o.line} "${o.text}" only the other: the file mixes MM/DD and DD/MM` },
      'Every date in one file must use one order.',
    );
  }
  const a = d.ambiguous;
  throw new RowError(
    { file, line: a.line, column: a.column, message: `cannot tell whether "${a.text}" is MM/DD or DD/MM: no date in the file has a day above 12` },
    'Give --date-order mdy (month first, as in the US) or --date-order dmy (day first).',
  );
}
