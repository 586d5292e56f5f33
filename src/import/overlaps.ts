// How many new entries overlap time already tracked: importing the same hours from two tools would
// count them twice, so the summary says so. Sorted sweep: O((n + m) log m).
export interface Span {
  start: number;
  end: number;
}

export function countOverlaps(added: readonly Span[], existing: readonly Span[]): number {
  const sorted = [...existing].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const [i, s] of sorted.entries()) maxEnd.push(Math.max(s.end, i ? maxEnd[i - 1]! : -Infinity));
  let count = 0;
  for (const a of added) {
    // Existing spans starting before a ends are sorted[0..k); one of them reaches past a.start?
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < a.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && maxEnd[lo - 1]! > a.start) count++;
  }
  return count;
}
