// Spreadsheet formula injection (OWASP "CSV injection"): Excel, LibreOffice and Google Sheets run a
// cell that starts with = + - @, tab or CR as a formula, and a note or project name is anyone's text
// (an imported file, a synced device). Every CSV tt writes passes its text cells through guardCell,
// which puts a ' in front, as OWASP recommends; tt's own importer takes it off again (unguardCell).
// Pure.

/** A cell a spreadsheet would read as a formula; leading quotes are counted in, so undoing is exact. */
const FORMULA = /^'*[=+\-@\t\r]/;
/** A plain number ("-150", "+3", "1.5e3"): no formula, and a spreadsheet must still see a number. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** What guardCell wrote: at least one quote, then the formula's first character. */
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardCell(text: string): string {
  return FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** The cell as it was before guardCell: one quote fewer where guardCell added one. */
export function unguardCell(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

/** A row of cells: text guarded, numbers left as numbers. */
export function guardRow(row: readonly (string | number)[]): (string | number)[] {
  return row.map((c) => (typeof c === 'string' ? guardCell(c) : c));
}
