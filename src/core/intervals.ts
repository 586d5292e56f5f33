// Half-open intervals [start, end) in epoch milliseconds.

export interface Interval {
  start: number;
  end: number;
}

export function overlapMs(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Entries (a running one ends now) that share time with [start, end), other than `exceptId`. */
export function overlapping<T extends { id: string; start: number; end: number | null }>(entries: readonly T[], span: Interval, now: number, exceptId?: string): T[] {
  return entries.filter((e) => e.id !== exceptId && overlapMs({ start: e.start, end: e.end ?? now }, span) > 0);
}

/** Sorted, merged union of intervals. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

