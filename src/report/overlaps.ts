// Overlapping entries, found and (on request) clipped. hledger's timeclock format wants one session at
// a time; tt's own rule for overlapping time (ARCHITECTURE.md, Attribution) is that the later-starting
// entry wins, so clipping follows it: an entry interrupted by another resumes after it ends.

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Piece<T extends Span> {
  entry: T;
  start: number;
  end: number;
}

const byStart = <T extends Span>(a: T, b: T): number => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each entry that starts before an earlier one ends, paired with the earlier one reaching furthest. */
export function findOverlaps<T extends Span>(entries: readonly T[]): { earlier: T; later: T }[] {
  const sorted = [...entries].sort(byStart);
  const out: { earlier: T; later: T }[] = [];
  let reach: T | null = null;
  for (const e of sorted) {
    if (reach && e.start < reach.end && e.end > e.start) out.push({ earlier: reach, later: e });
    if (!reach || e.end > reach.end) reach = e;
  }
  return out;
}

/** Non-overlapping pieces covering the union of the entries; at every instant the latest-started entry owns it. */
export function clipOverlaps<T extends Span>(entries: readonly T[]): Piece<T>[] {
  const sorted = entries.filter((e) => e.end > e.start).sort(byStart);
  const points = [...new Set(sorted.flatMap((e) => [e.start, e.end]))].sort((a, b) => a - b);
  const pieces: Piece<T>[] = [];
  let active: T[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    while (next < sorted.length && sorted[next]!.start <= p) active.push(sorted[next++]!);
    active = active.filter((e) => e.end > p);
    const owner = active[active.length - 1];
    if (!owner) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.entry === owner && last.end === p) last.end = q;
    else pieces.push({ entry: owner, start: p, end: q });
  }
  return pieces;
}
