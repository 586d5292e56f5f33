// Rule 4, conflicts: every overlap between two different clients, at any level, is reported, with
// the kinds of evidence involved. A timer left running through another client's meeting is exactly
// what a user needs to see, so this also covers overlaps that attribution settled.
import { sweep, type Slice } from './sweep.ts';
import type { Conflict, Interval } from './types.ts';

export function conflicts(intervals: readonly Interval[], slices?: Slice[]): Conflict[] {
  const cut = slices ?? sweep(intervals.filter((i) => i.client !== null));
  const out: Conflict[] = [];
  let lastKey = '';
  for (const s of cut) {
    const clients = [...new Set(s.cover.map((i) => i.client!))].sort();
    if (clients.length < 2) continue;
    const kinds = [...new Set(s.cover.map((i) => i.kind))].sort();
    const key = `${clients.join('\u0000')}\u0001${kinds.join('\u0000')}`;
    const last = out[out.length - 1];
    if (last && last.end === s.start && key === lastKey) last.end = s.end;
    else out.push({ start: s.start, end: s.end, clients, kinds });
    lastKey = key;
  }
  return out;
}
