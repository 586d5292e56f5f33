// The --json document of `tt review` (docs/review.md lists every field).
import { hours } from '../core/duration.ts';
import { isoUtc } from '../core/time.ts';
import type { Saved } from './save.ts';
import { evidenceLine } from './summary.ts';
import type { Draft, DraftSet, EvidenceNote, ReviewInput } from './types.ts';

const span = (x: { start: number; end: number }): { start: string; end: string; hours: number } => ({ start: isoUtc(x.start), end: isoUtc(x.end), hours: hours(x.end - x.start) });

const sourceJson = (n: EvidenceNote): Record<string, unknown> => ({ kind: n.kind, label: n.label, start: isoUtc(n.start), end: isoUtc(n.end), count: n.count, subjects: n.subjects });

function draftJson(d: Draft): Record<string, unknown> {
  return {
    id: d.id,
    day: d.day,
    ...span(d),
    client: d.client,
    project: d.project ?? null,
    // The summary as text shows control characters escaped; `sources` carries them exactly.
    summary: evidenceLine(d.sources),
    sources: d.sources.map(sourceJson),
    conflict: d.conflict ? { clients: d.conflict.clients, kinds: d.conflict.kinds } : null,
  };
}

export function reviewJson(input: Pick<ReviewInput, 'from' | 'to' | 'tz'>, set: DraftSet, saved: Saved | null): Record<string, unknown> {
  return {
    from: input.from,
    to: input.to,
    tz: input.tz,
    drafts: set.drafts.map(draftJson),
    conflicts: set.notes.map((x) => ({ day: x.day, ...span(x), clients: x.clients, kinds: x.kinds })),
    untrackedHours: hours(set.drafts.reduce((ms, d) => ms + d.end - d.start, 0)),
    added: (saved?.entries ?? []).map(({ id, draft }) => ({ id, draft: draft.id, ...span(draft), client: draft.client, project: draft.project ?? null })),
    action: saved?.action ?? null,
  };
}
