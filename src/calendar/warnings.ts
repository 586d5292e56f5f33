// What each imported calendar's file held that tt could not read as written: found when it was
// imported (and shown then), kept in its derived index, and shown again by `tt calendar list`,
// `tt doctor` and, as one line, `tt audit`.
import type { Store } from '../store/store.ts';
import { readIndex } from './index-file.ts';
import { openImported } from './stored.ts';

export interface CalendarWarnings {
  name: string;
  /** "line N: what", one per problem. */
  warnings: string[];
  /** The stored copy is missing or no calendar. */
  unreadable?: 'missing' | 'refused';
}

export async function importWarnings(store: Store): Promise<CalendarWarnings[]> {
  const out: CalendarWarnings[] = [];
  for (const e of readIndex(store.ctx.fs, store.p.calendars)) {
    const r = await openImported(store.ctx.fs, store.p, e.name, store.tz(), store.ctx.now(), store.ctx.clock);
    if (r.kind !== 'ok') out.push({ name: e.name, warnings: [], unreadable: r.kind });
    else out.push({ name: e.name, warnings: r.cal.problems.map((p) => `line ${p.line}: ${p.message}`) });
  }
  return out;
}

/** The one line `tt audit` prints, or null when every calendar was read as written. */
export function warningsLine(list: readonly CalendarWarnings[]): string | null {
  const n = list.filter((c) => c.warnings.length || c.unreadable).length;
  if (!n) return null;
  return `${n} calendar${n === 1 ? ' was' : 's were'} imported with warnings; \`tt calendar list\` shows them`;
}
