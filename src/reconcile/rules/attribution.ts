// Rule 4, attribution: one instant counts once. Where sources overlap, tracked beats meetings, which
// beat activity; where two clients overlap at one level, the later-starting one wins (a timer started
// later is the one the user meant; a meeting that starts inside another is the interruption). When
// both start together the one that ends first wins, so each keeps some time; then the client name
// that sorts first, so the result never depends on input order.
import { sweep, type Slice } from './sweep.ts';
import { LEVEL_RANK, type Interval, type Owned } from './types.ts';

/** Does `a` win an instant both cover? */
export function beats(a: Interval, b: Interval): boolean {
  const la = LEVEL_RANK[a.level];
  const lb = LEVEL_RANK[b.level];
  if (la !== lb) return la > lb;
  if (a.start !== b.start) return a.start > b.start;
  if (a.end !== b.end) return a.end < b.end;
  return (a.client ?? '') < (b.client ?? '');
}

export function winner(cover: readonly Interval[]): Interval {
  let best = cover[0]!;
  for (const iv of cover) if (beats(iv, best)) best = iv;
  return best;
}

/** Time owned by each client at each level. Only intervals with a client take part. */
export function attribute(intervals: readonly Interval[], slices?: Slice[]): Owned[] {
  const cut = slices ?? sweep(intervals.filter((i) => i.client !== null));
  const out: Owned[] = [];
  for (const s of cut) {
    const w = winner(s.cover);
    const last = out[out.length - 1];
    if (last && last.end === s.start && last.client === w.client && last.level === w.level) last.end = s.end;
    else out.push({ start: s.start, end: s.end, client: w.client!, level: w.level });
  }
  return out;
}
