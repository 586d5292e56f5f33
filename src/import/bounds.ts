// The bounds every import is held to (core/bounds.ts), applied to the records it would add: a record
// dated 9999-12-31 or in the year 206 refuses the whole import, naming where it is; an entry longer
// than a day is kept (real Timewarrior histories have them) and listed as a warning.
import { BOUNDS_TEXT, describeInstant, instantProblem, LONG_ENTRY_MS } from '../core/bounds.ts';
import { formatHM } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import type { PlannedEntry } from './types.ts';

const SHOWN = 5;

export function outOfBoundsError(entries: readonly PlannedEntry[], now: number, file: string): UsageError | null {
  const bad: string[] = [];
  for (const e of entries) {
    const start = instantProblem(e.start, now);
    const end = instantProblem(e.end, now);
    if (start) bad.push(`${e.where} starts ${describeInstant(e.start)}, ${start}`);
    else if (end) bad.push(`${e.where} ends ${describeInstant(e.end)}, ${end}`);
  }
  if (!bad.length) return null;
  const more = bad.length > SHOWN ? `; and ${bad.length - SHOWN} more` : '';
  return new UsageError(
    `${file}: ${bad.length} ${bad.length === 1 ? 'record lies' : 'records lie'} outside the times tt accepts (${BOUNDS_TEXT}): ${bad.slice(0, SHOWN).join('; ')}${more}. Nothing was imported.`,
    'Correct or remove those records in the source tool (or the file), then import again.',
  );
}

export interface LongEntry {
  where: string;
  hours: number;
}

export function longEntries(entries: readonly PlannedEntry[]): LongEntry[] {
  return entries.filter((e) => e.end - e.start > LONG_ENTRY_MS).map((e) => ({ where: e.where, hours: Math.round(((e.end - e.start) / 3600_000) * 10000) / 10000 }));
}

export function longEntriesWarning(long: readonly LongEntry[]): string {
  const shown = long.slice(0, SHOWN).map((l) => `${l.where} (${formatHM(l.hours * 3600_000)})`).join(', ');
  const more = long.length > SHOWN ? `, and ${long.length - SHOWN} more` : '';
  const n = long.length === 1 ? 'entry lasts' : 'entries last';
  return `${long.length} imported ${n} longer than 24 hours, kept as they are: ${shown}${more}; \`tt edit\` shortens one`;
}
