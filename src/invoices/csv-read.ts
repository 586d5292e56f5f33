// Reads a CSV file into a header and records that know their line numbers. csv-parse does the
// quoting, the BOM and CRLF; the separator (comma, semicolon or tab) is told from the header; ragged
// rows are kept (relax_column_count) so the parser can name the missing column and --skip-bad can
// leave just that row out.
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

/**
 * The field separator, told from the header line: a comma, or what spreadsheets in comma-decimal
 * locales write (a semicolon), or a tab ("text" exports). The one the header holds most of wins; a
 * tie is a comma.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.search(/\r|\n/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (c: string): number => header.split(c).length - 1;
  const [comma, semicolon, tab] = [count(','), count(';'), count('\t')];
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

export function readCsv(text: string, file: string): CsvTable {
  let parsed: Parsed[];
  try {
    const delimiter = detectDelimiter(text);
    parsed = parse(text, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Parsed[];
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
