// The capture journal: append-only lines. tt's own lines are JSON: one record, or a JSON array of the
// records one command made together (a switch's stop and start, an import), so that a line a full
// disk cut short is not valid JSON and none of its records is read. Hook scripts write their own
// compact line format (src/store/hook-record.ts), given an id from a hash of the line. Every writer
// starts its line with a newline, so an unfinished line never runs into the next; empty lines are
// skipped.
import { parseHookLine } from './hook-record.ts';
import type { StoredRecord } from './shard.ts';

export const TIME_KINDS = new Set(['entry', 'edit', 'delete', 'undo']);
export const MAX_RECORD_BYTES = 4000;

export interface ParsedJournal {
  records: StoredRecord[];
  bad: { line: number; text: string; why: string }[];
}

const isRecord = (r: unknown): r is StoredRecord =>
  typeof r === 'object' && r !== null && typeof (r as StoredRecord).id === 'string' && typeof (r as StoredRecord).kind === 'string';

/**
 * `final`: no writer can still be appending (the file has been quiet for long), so an unfinished last
 * line is reported too instead of being left for the next read.
 */
export function parseJournal(text: string, o: { final?: boolean } = {}): ParsedJournal {
  const records: StoredRecord[] = [];
  const bad: ParsedJournal['bad'] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    if (line.startsWith('{') || line.startsWith('[')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        // The last line may be a write still in progress; it is re-read on the next fold.
        if (i < lines.length - 1 || o.final) bad.push({ line: i + 1, text: line, why: 'not valid JSON' });
        return;
      }
      const list = Array.isArray(parsed) && line.startsWith('[') ? parsed : [parsed];
      if (list.length && list.every(isRecord)) records.push(...list);
      else bad.push({ line: i + 1, text: line, why: 'record without id or kind' });
      return;
    }
    const hook = parseHookLine(line);
    if (hook) records.push(hook);
    else bad.push({ line: i + 1, text: line, why: 'not a record tt knows' });
  });
  return { records, bad };
}

export function isTimeRecord(r: StoredRecord): boolean {
  return TIME_KINDS.has(r.kind as string);
}
