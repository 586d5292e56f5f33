// The one place `tt review` touches the reconcile engine: it runs it exactly as `tt reconcile` does
// and turns the result into review's own plain shapes (types.ts). A change in reconcile's result
// changes this file only.
import { basename } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import type { DayRange } from '../core/ranges.ts';
import type { Store, Tracked } from '../store/store.ts';
import { readClients } from '../store/clients-file.ts';
import type { Result } from '../reconcile/reconcile.ts';
import { reconcileRange } from '../reconcile/run.ts';
import { sourceViews, type SourceView } from '../reconcile/sources.ts';
import type { EvidenceNote, ReviewInput } from './types.ts';

function note(v: SourceView): EvidenceNote {
  switch (v.kind) {
    case 'commit':
      return { kind: 'commit', start: v.start, end: v.end, label: basename(v.repo), count: v.commits.length, subjects: v.commits.map((c) => c.subject ?? '').filter(Boolean) };
    case 'hook':
      return { kind: 'hook', start: v.start, end: v.end, label: basename(v.repo), count: v.events.length, subjects: [] };
    case 'presence':
      return { kind: 'presence', start: v.start, end: v.end, label: basename(v.repo), count: 1, subjects: [] };
    case 'meeting':
      return { kind: 'meeting', start: v.start, end: v.end, label: v.title, count: 1, subjects: [] };
  }
}

export function toReviewInput(r: Result): ReviewInput {
  return {
    from: r.range.from,
    to: r.range.to,
    tz: r.tz,
    gaps: r.gaps.map((g) => ({ client: g.client, start: g.start, end: g.end, sources: sourceViews(g.sources, g.start, g.end).map(note) })),
    conflicts: r.conflicts.map((c) => ({ start: c.start, end: c.end, clients: [...c.clients], kinds: [...c.kinds] })),
  };
}

/** Reads the evidence of `range` and reconciles it against tracked time, as `tt reconcile` does. */
export async function loadReviewInput(ctx: Ctx, store: Store, range: DayRange): Promise<{ input: ReviewInput; history: Tracked }> {
  const { result, history } = await reconcileRange(ctx, store, { range, clients: readClients(ctx.fs, store.p.clients) });
  return { input: toReviewInput(result), history };
}
