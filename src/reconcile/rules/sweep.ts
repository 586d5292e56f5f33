// Cuts overlapping intervals into elementary slices, each with the intervals that cover all of it.
// Attribution and conflicts both read these slices; O(n log n) plus the size of each cover.
import type { Interval } from './types.ts';

export interface Slice {
  start: number;
  end: number;
  cover: Interval[];
}

export function sweep(intervals: readonly Interval[]): Slice[] {
  const live = intervals.filter((i) => i.end > i.start);
  // Each boundary once: [time, +1 start / -1 end, index]; ends go first so touching is no overlap.
  const edges: [number, number, number][] = [];
  live.forEach((iv, i) => {
    edges.push([iv.start, 1, i], [iv.end, -1, i]);
  });
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const active = new Set<number>();
  const slices: Slice[] = [];
  for (let k = 0; k < edges.length; ) {
    const t = edges[k]![0];
    while (k < edges.length && edges[k]![0] === t) {
      const [, type, i] = edges[k]!;
      if (type === 1) active.add(i);
      else active.delete(i);
      k++;
    }
    const next = edges[k]?.[0];
    if (active.size && next !== undefined && next > t) {
      slices.push({ start: t, end: next, cover: [...active].map((i) => live[i]!) });
    }
  }
  return slices;
}
