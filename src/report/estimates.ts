// `tt report --estimates`: entries that had an estimate against the time they really took, summed
// per tag, so the next job can be priced from how the last ones went.
import type { Entry } from '../core/events.ts';
import type { DateString } from '../core/time.ts';
import { DayCutter } from './days.ts';

export interface EstimateRow {
  entry: Entry;
  estimateMin: number;
  actualMin: number;
  /** actual ÷ estimate: 2 means it took twice as long as planned. */
  ratio: number;
  running: boolean;
}

export interface EstimateSum {
  /** A tag, or null for entries without one; the totals row has tag undefined. */
  tag?: string | null;
  entries: number;
  estimateMin: number;
  actualMin: number;
  ratio: number;
}

export interface Estimates {
  rows: EstimateRow[];
  tags: EstimateSum[];
  totals: EstimateSum;
}

const ratio = (actual: number, estimate: number): number => (estimate > 0 ? actual / estimate : 0);

/** Entries with an estimate that started on a day of [from, to] in `tz` (whole entries, not clipped). */
export function estimates(entries: readonly Entry[], w: { tz: string; from: DateString; to: DateString; now: number }): Estimates {
  const cutter = new DayCutter(w.tz);
  const rows: EstimateRow[] = [];
  for (const e of entries) {
    if (!e.estimateMin || e.estimateMin <= 0) continue;
    const day = cutter.dayOf(e.start).day;
    if (day < w.from || day > w.to) continue;
    const actualMin = Math.max(0, (e.end ?? w.now) - e.start) / 60_000;
    rows.push({ entry: e, estimateMin: e.estimateMin, actualMin, ratio: ratio(actualMin, e.estimateMin), running: e.end === null });
  }
  const perTag = new Map<string, EstimateSum>();
  for (const r of rows) {
    for (const tag of r.entry.tags.length ? [...new Set(r.entry.tags)] : [null]) {
      const id = tag ?? '\uffff';
      const s = perTag.get(id) ?? { tag, entries: 0, estimateMin: 0, actualMin: 0, ratio: 0 };
      s.entries++;
      s.estimateMin += r.estimateMin;
      s.actualMin += r.actualMin;
      perTag.set(id, s);
    }
  }
  const tags = [...perTag.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, s]) => ({ ...s, ratio: ratio(s.actualMin, s.estimateMin) }));
  const est = rows.reduce((s, r) => s + r.estimateMin, 0);
  const act = rows.reduce((s, r) => s + r.actualMin, 0);
  return { rows, tags, totals: { entries: rows.length, estimateMin: est, actualMin: act, ratio: ratio(act, est) } };
}
