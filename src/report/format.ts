// The report in each --format: an aligned table, Markdown, CSV (through csv-stringify, which quotes
// names with commas or quotes correctly, and with formula cells guarded) or one JSON document.
import { stringify } from 'csv-stringify/sync';
import { guardRow } from '../core/csv-guard.ts';
import type { Report } from './build.ts';
import { reportJson } from './json.ts';
import { renderMarkdown, renderTable } from './render.ts';
import { reportSheet } from './sheet.ts';

export type Format = 'table' | 'csv' | 'json' | 'md';
export const FORMATS: readonly Format[] = ['table', 'csv', 'json', 'md'];

export interface TextStyle {
  bold: (t: string) => string;
  dim: (t: string) => string;
}

/** Every CSV table tt prints (report, estimates, export): text cells guarded against formulas. */
export function csvText(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return stringify([headers, ...rows.map(guardRow)]);
}

export function formatReport(r: Report, format: Format, style?: TextStyle): string {
  if (format === 'json') return `${JSON.stringify(reportJson(r), null, 2)}\n`;
  if (format === 'csv') {
    const s = reportSheet(r, false);
    return csvText(s.headers, s.rows);
  }
  const title = `${r.range.from}..${r.range.to} by ${r.by}${r.rounded ? ', rounded per client, project and day' : ''} (${r.tz})`;
  if (!r.groups.length) return `No time from ${r.range.from} to ${r.range.to}.\n`;
  const s = reportSheet(r, true);
  return format === 'md' ? `**${title}**\n\n${renderMarkdown(s)}` : `${title}\n\n${renderTable(s, style)}`;
}
