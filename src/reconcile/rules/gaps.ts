// Rule 5, untracked time: evidence a client owns that no tracked time covers. Adjacent untracked
// time of one client (a meeting, then a commit session) is one gap; its sources are every meeting,
// session and presence stretch of that client that touches it, whichever one won each instant.
import type { Interval, Owned } from './types.ts';
import { compareNames } from '../../core/name-order.ts';

export interface Gap {
  client: string;
  start: number;
  end: number;
  sources: Interval[];
}

export function untrackedGaps(owned: readonly Owned[], intervals: readonly Interval[]): Gap[] {
  const byClient = new Map<string, Gap[]>();
  for (const o of [...owned].sort((a, b) => a.start - b.start)) {
    if (o.level === 'tracked') continue;
    let list = byClient.get(o.client);
    if (!list) byClient.set(o.client, (list = []));
    const last = list[list.length - 1];
    if (last && last.end === o.start) last.end = o.end;
    else list.push({ client: o.client, start: o.start, end: o.end, sources: [] });
  }
  const evidence = new Map<string, Interval[]>();
  for (const iv of intervals) {
    if (iv.client === null || iv.level === 'tracked' || !byClient.has(iv.client)) continue;
    const list = evidence.get(iv.client);
    if (list) list.push(iv);
    else evidence.set(iv.client, [iv]);
  }
  const out: Gap[] = [];
  for (const [client, gaps] of byClient) {
    const ivs = (evidence.get(client) ?? []).sort((a, b) => a.start - b.start);
    let next = 0;
    let open: Interval[] = [];
    for (const g of gaps) {
      // Gaps are disjoint and in order, so an interval that ended before this gap is done with.
      while (next < ivs.length && ivs[next]!.start < g.end) open.push(ivs[next++]!);
      open = open.filter((iv) => iv.end > g.start);
      g.sources = open.filter((iv) => iv.start < g.end);
      out.push(g);
    }
  }
  return out.sort((a, b) => a.start - b.start || compareNames(a.client, b.client));
}
