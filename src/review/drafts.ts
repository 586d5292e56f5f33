// Reconcile's gaps and conflicts as draft entries. A gap is cut where a conflict begins or ends inside
// it, so the contested part is its own draft with its own decision; conflicts that tracked time
// already settled become notes. Pieces under a minute are not listed, but count in the total.
import { listed } from '../core/duration.ts';
import { localDate } from '../core/time.ts';
import type { ConflictInput, ConflictNote, Draft, DraftSet, EvidenceNote, GapInput, ReviewInput } from './types.ts';

const overlaps = (a: { start: number; end: number }, start: number, end: number): boolean => a.start < end && a.end > start;

/** The evidence that touches [start, end]; all of it when none does (a lead-in before the first commit). */
export function sourcesWithin(sources: readonly EvidenceNote[], start: number, end: number): EvidenceNote[] {
  const inside = sources.filter((s) => s.start <= end && s.end >= start);
  return inside.length ? inside : [...sources];
}

export function byTime(a: Draft, b: Draft): number {
  return a.start - b.start || a.end - b.end || a.client.localeCompare(b.client) || a.id.localeCompare(b.id);
}

function pieces(gap: GapInput, conflicts: readonly ConflictInput[]): { start: number; end: number; conflict?: ConflictInput }[] {
  const mine = conflicts.filter((c) => overlaps(c, gap.start, gap.end));
  const cuts = new Set<number>([gap.start, gap.end]);
  for (const c of mine) for (const t of [c.start, c.end]) if (t > gap.start && t < gap.end) cuts.add(t);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { start: number; end: number; conflict?: ConflictInput }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const conflict = mine.find((c) => overlaps(c, start, end));
    out.push(conflict ? { start, end, conflict } : { start, end });
  }
  return out;
}

export function buildDrafts(input: ReviewInput): DraftSet {
  const drafts: Draft[] = [];
  let untrackedMs = 0;
  const sortedGaps = [...input.gaps].sort((a, b) => a.start - b.start || a.client.localeCompare(b.client));
  for (const gap of sortedGaps) {
    for (const p of pieces(gap, input.conflicts)) {
      untrackedMs += p.end - p.start;
      // A piece under a minute (a commit seconds after the timer stopped) would read 20:38–20:38 0:00.
      if (!listed(p.end - p.start)) continue;
      const draft: Draft = {
        id: '',
        day: localDate(p.start, input.tz),
        start: p.start,
        end: p.end,
        client: gap.client,
        sources: sourcesWithin(gap.sources, p.start, p.end),
        status: 'pending',
      };
      if (p.conflict) draft.conflict = { clients: [...p.conflict.clients], kinds: [...p.conflict.kinds] };
      drafts.push(draft);
    }
  }
  drafts.sort(byTime).forEach((d, i) => (d.id = `d${i + 1}`));
  const notes: ConflictNote[] = input.conflicts
    .filter((c) => c.kinds.includes('tracked') && listed(c.end - c.start))
    .map((c) => ({ day: localDate(c.start, input.tz), start: c.start, end: c.end, clients: [...c.clients], kinds: [...c.kinds] }))
    .sort((a, b) => a.start - b.start);
  return { drafts, notes, untrackedMs };
}
