// What a gap is made of, as a user reads it: the commits and hook records of each repo in the gap,
// the meetings, the presence stretches.
import type { Interval, Point } from './rules/types.ts';

export type SourceView =
  | { kind: 'commit'; repo: string; start: number; end: number; commits: Point[] }
  | { kind: 'hook'; repo: string; start: number; end: number; events: Point[] }
  | { kind: 'presence'; repo: string; start: number; end: number }
  | { kind: 'meeting'; title: string; calendar: string | null; start: number; end: number };

/**
 * A session's points inside [start, end]; when there are none (the gap is a lead-in, or lies between
 * two commits that tracked time covers), the first point after it, whose lead-in or session it is.
 */
export function pointsIn(points: readonly Point[], start: number, end: number): Point[] {
  const inside = points.filter((p) => p.at >= start && p.at <= end);
  if (inside.length) return inside;
  const after = points.find((p) => p.at > end);
  return after ? [after] : points.slice(-1);
}

export function sourceViews(sources: readonly Interval[], start: number, end: number): SourceView[] {
  const out: SourceView[] = [];
  for (const s of sources) {
    if (s.kind === 'meeting') out.push({ kind: 'meeting', title: s.title ?? '', calendar: s.calendar ?? null, start: s.start, end: s.end });
    else if (s.kind === 'presence') out.push({ kind: 'presence', repo: s.repo ?? '', start: s.start, end: s.end });
    else if (s.points) out.push(...sessionViews(pointsIn(s.points, start, end)));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One view per repo and kind: commits from the log, hook records the log does not explain. */
function sessionViews(points: readonly Point[]): SourceView[] {
  const groups = new Map<string, Point[]>();
  for (const p of points) {
    const key = `${p.source}\u0000${p.repo}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].map((g): SourceView => {
    const first = g[0]!;
    const base = { repo: first.repo, start: first.at, end: g[g.length - 1]!.at };
    return first.source === 'commit' ? { kind: 'commit', ...base, commits: g } : { kind: 'hook', ...base, events: g };
  });
}
