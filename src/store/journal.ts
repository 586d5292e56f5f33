// The capture journal: append-only lines, one record each. tt's own records are JSON; hook scripts
// write their own compact line format (src/store/hook-record.ts), given an id from a hash of the line.
import { parseHookLine } from './hook-record.ts';
import type { StoredRecord } from './shard.ts';

export const TIME_KINDS = new Set(['entry', 'edit', 'delete', 'undo']);
export const MAX_RECORD_BYTES = 4000;

export interface ParsedJournal {
  records: StoredRecord[];
  bad: { line: number; text: string; why: string }[];
}

export function parseJournal(text: string): ParsedJournal {
  const records: StoredRecord[] = [];
  const bad: ParsedJournal['bad'] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    if (line.startsWith('{')) {
      try {
        const r = JSON.parse(line) as StoredRecord;
        if (r && typeof r.id === 'string' && typeof r.kind === 'string') records.push(r);
        else bad.push({ line: i + 1, text: line, why: 'record without id or kind' });
      } catch {
        // The last line may be a write still in progress; it is re-read on the next fold.
        if (i < lines.length - 1) bad.push({ line: i + 1, text: line, why: 'not valid JSON' });
      }
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
