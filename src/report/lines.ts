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

const NO_TAGS: [undefined] = [undefined];
const UNTAGGED: [null] = [null];

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/**
 * Lines in the order they first appear (entries come sorted by start). Lines are found through maps
 * nested by client, project, invoiced state and tag, keyed by strings tt already holds: building a
 * compound string key per entry cost more than everything else here over 150,000 entries.
 */
export function buildLines(entries: readonly Entry[], w: LineWindow): Line[] {
  const cutter = new DayCutter(w.tz);
  const index = new Map<string, Map<string, Map<boolean, Map<string | null | undefined, Map<DateString, Line>>>>>();
  const out: Line[] = [];
  for (const e of entries) {
    const start = Math.max(e.start, w.start);
    const end = Math.min(e.end ?? w.now, w.end);
    if (end <= start) continue;
    const invoiced = Boolean(e.invoice);
    const byInvoiced = child(child(index, e.client, () => new Map()), e.project ?? '', () => new Map());
    const byTag = child(byInvoiced, invoiced, () => new Map());
    const tags: readonly (string | null | undefined)[] = w.byTag ? (e.tags.length ? [...new Set(e.tags)] : UNTAGGED) : NO_TAGS;
    for (let t = start; t < end; ) {
      const d = cutter.dayOf(t);
      const stop = Math.min(end, d.to);
      for (const tag of tags) {
        const days = child(byTag, tag, () => new Map());
        const line = days.get(d.day);
        if (line) line.ms += stop - t;
        else {
          // Every line has the same fields in the same order: V8 keeps one shape for all of them.
          const fresh: Line = { client: e.client, project: e.project, day: d.day, invoiced, tag, ms: stop - t };
          days.set(d.day, fresh);
          out.push(fresh);
        }
      }
      t = stop;
    }
  }
  return out;
}
