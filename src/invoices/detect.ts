// Which exporter wrote a CSV, told from its header alone. Toggl writes "Start date", Clockify
// "Start Date" and "Start Time" (the case differs, and is the most reliable tell), Harvest "Date" and
// "Hours"; tt's own header is all lower case.
import type { ExportFormat } from './rows.ts';

export function detectFormat(header: readonly string[]): ExportFormat | null {
  const has = (name: string): boolean => header.includes(name);
  const hasCi = (name: string): boolean => header.some((h) => h.toLowerCase() === name.toLowerCase());
  if (['date', 'client', 'project', 'hours', 'rate', 'currency', 'description'].every(has)) return 'tt';
  if (has('Start Date') && (has('Start Time') || has('Duration (h)') || has('Duration (decimal)'))) return 'clockify';
  if (hasCi('Start date') && (hasCi('Duration') || hasCi('End time'))) return 'toggl';
  if ((hasCi('Date') || hasCi('Spent Date')) && hasCi('Hours')) return 'harvest';
  return null;
}
