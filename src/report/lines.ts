// Report lines: time summed per client, project, local day and invoiced state (and tag, when grouping
// by tag). A line is the unit that is priced and rounded, the same unit an invoice line is.
import type { Entry } from '../core/events.ts';
import type { DateString } from '../core/time.ts';
import { DayCutter } from './days.ts';

export interface Line {
  client: string;
  project?: string;
  day: DateString;
  invoiced: boolean;
  /** Only when lines are built per tag: the tag, or null for entries without one. */
  tag?: string | null;
  ms: number;
}

export interface LineWindow {
  tz: string;
  /** The report's instants [start, end): local midnight of its first day to that after its last. */
  start: number;
  end: number;
  /** A running entry counts up to now. */
  now: number;
  byTag?: boolean;
}

/** The lines of one client, project and invoiced state, by tag and day. */
interface Slot {
  byTag: Map<string | null | undefined, Map<DateString, Line>>;
  /** The line last added to, which the next slice of time usually goes to as well (entries come by start). */
  last: Line | null;
}

const NO_TAGS: [undefined] = [undefined];
const UNTAGGED: [null] = [null];

/**
 * Lines in the order they first appear (entries come sorted by start). Lines are found through maps
 * by client and project, then by tag and day, keyed by strings tt already holds: building a compound
 * string key per entry cost more than everything else here over 150,000 entries.
 */
export function buildLines(entries: readonly Entry[], w: LineWindow): Line[] {
  const cutter = new DayCutter(w.tz);
  const slots = new Map<string, Map<string, [Slot | undefined, Slot | undefined]>>();
  const out: Line[] = [];
  for (const e of entries) {
    const start = e.start > w.start ? e.start : w.start;
    const stop = e.end ?? w.now;
    const end = stop < w.end ? stop : w.end;
    if (end <= start) continue;
    const invoiced = Boolean(e.invoice);
    let byProject = slots.get(e.client);
    if (!byProject) slots.set(e.client, (byProject = new Map<string, [Slot | undefined, Slot | undefined]>()));
    const project = e.project ?? '';
    let pair = byProject.get(project);
    if (!pair) byProject.set(project, (pair = [undefined, undefined]));
    const slot: Slot = (pair[invoiced ? 1 : 0] ??= { byTag: new Map<string | null | undefined, Map<DateString, Line>>(), last: null });
    const tags: readonly (string | null | undefined)[] = w.byTag ? (e.tags.length ? [...new Set(e.tags)] : UNTAGGED) : NO_TAGS;
    for (let t = start; t < end; ) {
      const d = cutter.dayOf(t);
      const day = d.day;
      const until = end < d.to ? end : d.to;
      for (const tag of tags) {
        const last = slot.last;
        if (last !== null && last.day === day && last.tag === tag) {
          last.ms += until - t;
          continue;
        }
        let days = slot.byTag.get(tag);
        if (!days) slot.byTag.set(tag, (days = new Map<DateString, Line>()));
        let line = days.get(day);
        if (line) line.ms += until - t;
        else {
          // Every line has the same fields in the same order: V8 keeps one shape for all of them.
          line = { client: e.client, project: e.project, day, invoiced, tag, ms: until - t };
          days.set(day, line);
          out.push(line);
        }
        slot.last = line;
      }
      t = until;
    }
  }
  return out;
}
