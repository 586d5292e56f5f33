// Linking an imported invoice to tracked entries: each dated line marks entries of its client on its
// day as billed by it, up to the line's hours. A line with a start and end time takes the entries
// its time overlaps first; what it has left, and every line without times, takes the day's entries
// in order. An entry already billed by another invoice (or by an earlier line) is never linked
// twice, and what no line covers stays unbilled. Lines without a date match nothing. Pure.
import type { Entry } from '../core/events.ts';
import { dayCutter, round4 } from './build.ts';
import { unbilledHours, type Coverage } from './coverage.ts';
import type { Cover, InvoiceLine } from './model.ts';

export interface LinkResult {
  /** Covers per line index (lines without any are absent). */
  covers: Map<number, Cover[]>;
  /** Indices of lines without a date. */
  undated: number[];
  /** Indices of dated lines that found no unbilled entry (work tracked only in the other tool). */
  unmatched: number[];
  hours: number;
}

const EPS = 1e-4;

export function linkLines(lines: readonly InvoiceLine[], entries: readonly Entry[], cov: Coverage, tz: string): LinkResult {
  const dayOf = dayCutter(tz);
  const left = new Map<string, number>(); // entry -> hours still unbilled, as lines take them
  const byClientDay = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.end === null) continue;
    const free = unbilledHours(cov, e);
    if (free <= 0) continue;
    left.set(e.id, free);
    const key = `${e.client}\u0000${dayOf(e.start)}`;
    const list = byClientDay.get(key);
    if (list) list.push(e);
    else byClientDay.set(key, [e]);
  }
  const result: LinkResult = { covers: new Map(), undated: [], unmatched: [], hours: 0 };
  const need = lines.map((l) => l.hours);
  const take = (i: number, e: Entry, most: number): void => {
    const h = Math.min(most, left.get(e.id) ?? 0, need[i]!);
    if (h <= EPS) return;
    left.set(e.id, (left.get(e.id) ?? 0) - h);
    need[i]! -= h;
    const list = result.covers.get(i) ?? [];
    const same = list.find((c) => c.entry === e.id);
    if (same) same.hours = round4(same.hours + h);
    else list.push({ entry: e.id, hours: round4(h) });
    result.covers.set(i, list);
    result.hours += h;
  };
  const candidates = (l: InvoiceLine): Entry[] => byClientDay.get(`${l.client}\u0000${l.date}`) ?? [];
  // Timed lines first: their overlap is the strongest evidence of which entry they billed.
  lines.forEach((l, i) => {
    if (!l.date || !l.span) return;
    const start = Date.parse(l.span.start);
    const end = Date.parse(l.span.end);
    for (const e of candidates(l)) {
      const overlap = (Math.min(end, e.end!) - Math.max(start, e.start)) / 3_600_000;
      if (overlap > 0) take(i, e, overlap);
    }
  });
  lines.forEach((l, i) => {
    if (!l.date) {
      result.undated.push(i);
      return;
    }
    for (const e of candidates(l)) take(i, e, Infinity);
    if (!result.covers.has(i)) result.unmatched.push(i);
  });
  result.hours = round4(result.hours);
  return result;
}

/** The lines with their covers set (what an import records). */
export function withCovers(lines: readonly InvoiceLine[], link: LinkResult): InvoiceLine[] {
  return lines.map((l, i) => ({ ...l, covers: link.covers.get(i) ?? [] }));
}
