// Reads a CSV file into a header and records that know their line numbers. csv-parse does the
// quoting, the BOM and CRLF; ragged rows are kept (relax_column_count) so the parser can name the
// missing column and --skip-bad can leave just that row out.
import { CsvError, parse } from 'csv-parse/sync';
import { RowError } from './rows.ts';

export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

export function readCsv(text: string, file: string): CsvTable {
  let parsed: Parsed[];
  try {
    parsed = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Parsed[];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? 1;
      throw new RowError({ file, line, column: null, message: `not readable as CSV (${err.message.replace(/^Invalid [^:]*: /, '')})` });
    }
    throw err;
  }
  if (!parsed.length) throw new RowError({ file, line: 1, column: null, message: 'the file is empty; a header line is required' });
  const records = parsed.map((p) => ({
    // info.lines is where the record ends; a quoted field with line breaks started that many lines earlier.
    line: p.info.lines - p.record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0),
    fields: p.record,
  }));
  const [head, ...rest] = records;
  return { header: head!.fields.map((h) => h.trim()), records: rest };
}
